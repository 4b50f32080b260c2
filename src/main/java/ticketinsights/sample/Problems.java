package ticketinsights.sample;

import java.util.List;

/**
 * The recurring problems planted in the sample (ground truth for the issues stage). Each one has
 * several sentence templates for its symptom, details and subjects, each template with inline
 * alternatives, and its own Japanese wordings; a ticket draws one of each, so two tickets about
 * the same problem rarely share a sentence.
 */
final class Problems {
    /** How a problem's weekly volume moves over the sample's weeks. */
    enum Trend {
        STABLE, GROWING, SHRINKING, NEW;

        /** Relative weight in week {@code w} of {@code weeks} (0-based). */
        double weight(int w, int weeks) {
            double x = weeks <= 1 ? 1.0 : (double) w / (weeks - 1);
            return switch (this) {
                case STABLE -> 1.0;
                case GROWING -> 0.25 + 1.75 * x;
                case SHRINKING -> 1.9 - 1.7 * x;
                case NEW -> w >= weeks - 3 ? 3.0 : 0.0;
            };
        }
    }

    /** A planted problem. {@code weight} is its share of tickets relative to the others in a STABLE week. */
    record Problem(String key, String kind, int group, Trend trend, double weight, List<String> subjects,
            List<String> symptoms, List<String> details, List<String> jaSubjects, List<String> jaBodies) {
    }

    static final List<Problem> ALL = List.of(
            new Problem("harbor_sync_stuck", "bug", 3, Trend.STABLE, 1.3,
                    List.of("Sync stuck", "[Files|Folder|Documents] not syncing", "Harbor stuck on \"Syncing\"",
                            "Sync never finishes", "sync problem", "[Urgent: |Re: |]files not uploading"),
                    List.of("[My|Our] files [are stuck|keep getting stuck|have been stuck] [on|at] \"Syncing\" in {product} [and never finish|forever|for hours].",
                            "{product} [says|shows|keeps showing] \"[Sync in progress|Syncing {n} items]\" but nothing [ever uploads|actually syncs|gets uploaded].",
                            "[Sync|Syncing] [never completes|doesn't finish|won't complete] – the progress bar in {product} [sits|hangs|freezes] at [99%|{pct}%].",
                            "[New|Changed|Edited] files [don't show up|aren't appearing|never appear] on my other [computer|laptop|devices] because {product} [is stuck|hangs] [syncing|on sync].",
                            "The [spinning|sync] icon in {product} [has been spinning|spins] [all day|since {day}] and [my folder|the shared folder] is [out of date|not updated]."),
                    List.of("I already [restarted|reinstalled] the client [twice|a few times|this morning].",
                            "It's version {version} on {os}.",
                            "[About|Roughly|Around] {n} files are affected, mostly [PDFs|spreadsheets|photos].",
                            "Pausing and resuming sync [doesn't help|makes no difference|changes nothing]."),
                    List.of("同期が終わらない", "ファイルが同期されません", "同期中のまま止まっています"),
                    List.of("{product}でファイルの同期が「同期中」のまま終わりません。[再起動しても|再インストールしても]改善しません。",
                            "[昨日|今朝|先週末]から{product}の同期が[止まったまま|進まない状態]です。他のパソコンにファイルが反映されません。",
                            "同期の進捗が[99%|{pct}%]で止まってしまいます。[確認|調査]していただけますか。")),
            new Problem("relay_android_crash", "bug", 2, Trend.GROWING, 1.0,
                    List.of("App crashes", "Relay keeps crashing", "[Crash|Crashing] on startup", "Android app won't open",
                            "app crash after update", "[Relay|App] closes immediately"),
                    List.of("{product} [crashes|closes itself|force closes] [right after|as soon as] I open it [since the last update|after updating to {version}].",
                            "[The app|{product}] [won't open|doesn't open|won't start] [on my {device}|anymore] – it [shows the splash screen and dies|just crashes|quits straight away].",
                            "[After|Since] [the|yesterday's] update {product} [crashes on launch|keeps crashing|crashes every time I tap a conversation] on Android.",
                            "Every time I [open|launch|start] {product} on my {device} I get \"[Relay has stopped|Relay keeps stopping]\".",
                            "{product} for Android [is unusable|is completely broken] – it [crashes|dies] [within seconds|immediately]."),
                    List.of("Phone is a {device} on Android [13|14|15].", "[Clearing the cache|Reinstalling|Restarting the phone] didn't help.",
                            "[My colleagues|Two people on my team|My wife] have the same problem.", "The iPhone version works fine."),
                    List.of("アプリが起動しません", "アップデート後にクラッシュします", "アプリが落ちます"),
                    List.of("最新版にアップデートしてから、{product}を開くとすぐに落ちてしまいます。端末は{device}です。",
                            "Androidの{product}が起動直後に強制終了します。[再インストールしても|キャッシュを削除しても]直りません。",
                            "{product}が「問題が発生したため終了します」と表示されて使えません。")),
            new Problem("ledger_export_excel", "feature_request", 1, Trend.STABLE, 0.9,
                    List.of("Export to Excel?", "Feature request: CSV export", "[Export|Download] reports as spreadsheet",
                            "Excel export", "Request: export option"),
                    List.of("[Would it be possible to|Could you|Please] [add|support] [exporting|an export of] reports to [Excel|CSV|XLSX] in {product}?",
                            "It would be [great|really helpful|very useful] if {product} could export [the profit and loss report|reports|the general ledger] as [a spreadsheet|CSV|Excel].",
                            "We [need|really need] [a way|an option] to [download|export] our [reports|transactions] from {product} [in Excel format|as CSV] – [PDF only|PDF alone] [doesn't work for us|isn't enough].",
                            "[Feature request|Suggestion|Idea]: [Excel|CSV] export for [all reports|the reports] in {product}.",
                            "Is there [any plan|a roadmap] to let us export [reports|data] to [Excel|CSV]? [Our accountant|My bookkeeper] keeps asking for it."),
                    List.of("Right now we copy [the numbers|everything] by hand [every month|each quarter].",
                            "[We have|Our company has] {n} users who would use this.",
                            "Our [auditor|accountant] only accepts spreadsheets.", "[Even|Just] a plain CSV would be fine."),
                    List.of("Excelエクスポート機能の要望", "CSV出力について"),
                    List.of("{product}のレポートをExcel[形式|やCSV]で出力できるようにしていただけると大変助かります。",
                            "現在はPDFでしか出力できないため、毎月手作業で転記しています。CSVエクスポート機能の追加をご検討いただけないでしょうか。",
                            "レポートをCSVでダウンロードする機能はありますか？なければ追加をお願いしたいです。")),
            new Problem("billing_double_charge", "bug", 0, Trend.SHRINKING, 1.0,
                    List.of("Charged twice", "Double charge", "Duplicate payment", "Billed twice this month",
                            "refund duplicate charge", "[Wrong|Duplicate] invoice amount"),
                    List.of("[I was|We were|I've been] [charged|billed] twice for [my|our] {plan} [subscription|plan] [this month|on {day}].",
                            "[There are|I see] two [identical|duplicate] charges of {amount} on my [card|credit card|statement] from Northwind.",
                            "[Your system|You] [double charged|double-billed] [me|us] – {amount} [went out|was taken] [twice|two times].",
                            "My [bank statement|card] shows [a duplicate payment|the same payment twice] for the {plan} plan.",
                            "[Why|How come] [was I|were we] billed [twice|two times] for the same [month|invoice]?"),
                    List.of("[Please|Can you] refund the [extra|duplicate] charge.", "Invoice number is INV-{n}.",
                            "This happened [right after|after] I updated my card.", "[I only have one account|We only have one workspace]."),
                    List.of("二重請求について", "料金が2回引き落とされています"),
                    List.of("今月の{plan}プランの料金が2回請求されています。[返金|確認]をお願いします。",
                            "クレジットカードの明細に{amount}の請求が2件あります。二重請求ではないでしょうか。",
                            "同じ請求書で2回引き落としがありました。至急ご対応いただけますか。")),
            new Problem("password_reset_email", "bug", 5, Trend.STABLE, 1.0,
                    List.of("Password reset email not received", "Can't reset password", "No reset email", "locked out",
                            "Forgot password link not working"),
                    List.of("[I never get|I'm not getting|I don't receive] the password reset email[, even after several tries|].",
                            "The [reset password|forgot password] link [says an email was sent|claims it sent an email] but [nothing arrives|it never shows up|my inbox stays empty].",
                            "[I can't|Can't] log in because the password reset [mail|email] [never comes|doesn't arrive|is not delivered].",
                            "[Requested|I requested] a password reset {small} times [today|now] and [received nothing|got nothing], [not even in spam|spam folder is empty too].",
                            "[Your|The] password reset [emails|messages] [are not reaching|don't reach] [me|our team]."),
                    List.of("I checked [the spam folder|junk|all folders].", "[My|Our] address is on {domain}.",
                            "[This is urgent|I'm locked out] – [I have a deadline today|my team can't work].",
                            "[Other emails from you|Your newsletter] [arrive fine|do arrive]."),
                    List.of("パスワード再設定メールが届きません", "ログインできません"),
                    List.of("パスワードの再設定を[何度か|{small}回]試しましたが、メールが届きません。迷惑メールフォルダも確認しました。",
                            "「パスワードを忘れた方」から手続きしても、再設定用のメールが届かずログインできません。",
                            "再設定メールが届かないため、アカウントにログインできない状態です。")),
            new Problem("beacon_dark_mode", "feature_request", 4, Trend.STABLE, 0.6,
                    List.of("Dark mode?", "Feature request: dark theme", "Dark mode for dashboards", "Please add dark mode"),
                    List.of("[Any chance|Is there any chance] {product} [could get|will get] a dark mode?",
                            "Please add a dark [theme|mode] to {product} – [the white background|the bright screen] is [hard on the eyes|painful] [at night|on late shifts].",
                            "[I'd love|We would love|It would be nice] to have a dark mode [option|setting] in {product}.",
                            "[Feature request|Request|Suggestion]: [dark mode|a dark theme] for [the dashboards|{product}].",
                            "Does {product} have a dark mode? [If not, please consider adding one.|I couldn't find it in settings.]"),
                    List.of("[Most|All] of our other tools already have it.", "Our [NOC team|night shift] looks at the dashboards [all night|24/7].",
                            "Even a high-contrast theme would help.", "[Many|Several] people on my team have asked for this."),
                    List.of("ダークモードの要望"),
                    List.of("{product}にダークモードを追加していただけないでしょうか。夜間の作業で画面が眩しいです。",
                            "ダッシュボードのダークテーマがあると嬉しいです。ご検討ください。")),
            new Problem("billing_change_plan", "question", 0, Trend.STABLE, 0.9,
                    List.of("Change plan", "How to downgrade?", "Switch to annual billing", "Question about my subscription", "plan change"),
                    List.of("How do I [downgrade|change] [my|our] plan from {plan} to [Starter|Basic]?",
                            "[Where can I|How can I] [switch|change] to [annual|yearly] billing?",
                            "[Can I|Is it possible to] [downgrade|move to a smaller plan] [mid-cycle|before the renewal] [and what happens to|without losing] [my data|our data]?",
                            "[I want to|We'd like to] change our subscription to the {plan} plan – [what are the steps|how does that work]?",
                            "[Quick question|Question]: if I [change plans|upgrade] now, [will I be charged|is it prorated]?"),
                    List.of("We have {n} seats at the moment.", "Our renewal is on {day}.",
                            "[I looked in|I checked] Settings > Billing but [couldn't find it|only see Cancel].",
                            "[Just want to|I'd like to] avoid being charged twice."),
                    List.of("プラン変更の方法", "年払いへの切り替え"),
                    List.of("{plan}プランから下位プランへ変更するにはどうすればよいですか？", "月払いから年払いに切り替える方法を教えてください。",
                            "プランを途中で変更した場合、料金は日割りになりますか？")),
            new Problem("account_2fa_sms", "bug", 5, Trend.NEW, 1.2,
                    List.of("No 2FA code", "SMS verification code not arriving", "Can't log in - no code", "2FA SMS not received"),
                    List.of("[I'm not receiving|I don't get|I never receive] the [2FA|two-factor|verification] code by SMS [anymore|since {day}].",
                            "The [login|verification] code [text message|SMS] [never arrives|doesn't come through], so I can't [sign in|get into {product}].",
                            "[Two-factor|2FA] [is broken|stopped working] – [no SMS|the text] [arrives|comes] [when I log in|after I enter my password].",
                            "[Since|After] [the update|{day}], {product} [doesn't send|stopped sending] [me|us] the [six-digit|6-digit|security] code.",
                            "[Waiting|Been waiting] [for ages|{n} minutes] for the SMS code [and nothing|– nothing] [came|arrived]."),
                    List.of("[My number|The phone number on file] is correct.", "[Resend code|\"Resend\"] doesn't help.",
                            "[I'm in|We're based in] [Germany|the UK|Canada|Australia].",
                            "[Authenticator apps|The authenticator option] [would be fine too|isn't offered to me]."),
                    List.of("認証コードが届きません", "SMS認証ができない"),
                    List.of("ログイン時の認証コードがSMSで届かず、{product}にログインできません。",
                            "二段階認証のSMSが[昨日|数日前]から届かなくなりました。電話番号は正しく登録されています。",
                            "「コードを再送信」を押してもSMSが届きません。")),
            new Problem("harbor_link_expiry", "feature_request", 3, Trend.STABLE, 0.6,
                    List.of("Expiring share links", "Feature request: link expiry", "Shared link expiration", "Can links expire?"),
                    List.of("[Could you add|Please add|Can you add] an expiry date [for|to] shared links in {product}?",
                            "It would be [great|very useful|helpful] to [set|have] [an expiration|an expiry] [on|for] [public links|share links] [so they stop working after a while|automatically].",
                            "[We need|Our security team requires] shared links that [expire|stop working] after [a few days|{small} days].",
                            "[Feature request|Suggestion]: [link expiration|expiring share links] [and|plus] [password protection|download limits].",
                            "Is there [a way|any way] to make a {product} share link expire [automatically|on a date]? [If not please add it.|I can't find one.]"),
                    List.of("[Right now|Currently] we have to [remember to|manually] delete links.", "[Dropbox|Our old tool] had this.",
                            "It's [a compliance requirement|required by our auditors] for us.", "We share {n} links a week with clients."),
                    List.of("共有リンクの有効期限"),
                    List.of("{product}の共有リンクに有効期限を設定できるようにしてほしいです。",
                            "セキュリティ上の理由で、一定期間後に無効になる共有リンクが必要です。機能追加をご検討ください。")),
            new Problem("beacon_timezone", "bug", 4, Trend.STABLE, 0.8,
                    List.of("Wrong time zone in reports", "Reports off by one day", "Dashboard dates wrong", "Timezone bug",
                            "numbers shifted by a day"),
                    List.of("[The|Our] [daily|weekly] reports in {product} [show|use] the wrong [time zone|timezone] – [everything is|numbers are] [off by|shifted by] [a day|one day|several hours].",
                            "{product} [puts|assigns] [orders|events|sales] [on|to] the [wrong|previous] day; [it looks like|seems] it ignores our [time zone|timezone setting].",
                            "[Dates|Timestamps] in [the dashboard|{product}] are [in UTC|wrong] even though [our workspace|my profile] is set to [Tokyo|Pacific time|CET].",
                            "[Since|After] the [daylight saving|DST] change [all charts|the charts] in {product} are [an hour off|shifted by an hour].",
                            "[Yesterday's|Today's] numbers [in {product}|on the dashboard] [don't match|differ from] our [own system|database] because of [a|the] [time zone|timezone] [bug|problem]."),
                    List.of("Our time zone setting is [Europe/Berlin|Asia/Tokyo|America/Los_Angeles].",
                            "[Exported|Downloaded] data has the same [problem|issue].", "[It|This] [started|began] [after|around] {day}.",
                            "[Our finance team|Management] [relies on|uses] these reports [daily|every morning]."),
                    List.of("レポートのタイムゾーンがずれています", "日付が1日ずれる"),
                    List.of("{product}のレポートの日付が1日ずれています。タイムゾーンはAsia/Tokyoに設定しています。",
                            "ダッシュボードの時刻がUTCで表示され、日本時間になりません。")),
            new Problem("ledger_bank_connect", "question", 1, Trend.STABLE, 0.8,
                    List.of("Connect bank account", "Bank feed setup", "How to link my bank?", "Question about bank import"),
                    List.of("How do I connect my [bank account|business account] [at|from] {bank} to {product}?",
                            "Is there [a way|any way] to [link|connect] {bank} [to|with] {product} [for automatic bank feeds|to get imports]?",
                            "[I can't find|Where is] the option to [add|connect] a bank [feed|connection] in {product}?",
                            "[Does|Can] {product} [support|import from] {bank}? [I don't see it in the list.|It's not listed.]",
                            "[What are the steps|How does it work] to [set up|enable] [automatic bank import|a bank feed] in {product}?"),
                    List.of("[We bank with|Our bank is] {bank}.", "[Right now|At the moment] I upload [statements|CSV files] by hand.",
                            "[We have|There are] {small} accounts to connect.", "[I read|I followed] the help article but [got lost|it's out of date]."),
                    List.of("銀行口座の連携方法", "銀行連携について"),
                    List.of("{product}に{bank}の口座を連携する方法を教えてください。", "銀行明細を自動で取り込む設定はどこから行えますか？")));

    private Problems() {
    }
}
