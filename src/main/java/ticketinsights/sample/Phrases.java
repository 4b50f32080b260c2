package ticketinsights.sample;

import java.util.List;

/**
 * What customers, agents and bots say around the problem itself, in English and Japanese:
 * greetings, replies, resolution notices, confirmation requests, confirmations (and negated
 * ones), chases, private notes, plus the background topics that are not planted problems.
 */
final class Phrases {
    private Phrases() {
    }

    /** Values for the slots of the templates. */
    static final List<String> DEVICES = List.of("Pixel 7", "Pixel 8 Pro", "Samsung Galaxy S23", "Galaxy A54", "OnePlus 11",
            "Xiaomi Redmi Note 12", "Motorola Edge 40");
    static final List<String> OS = List.of("Windows 11", "Windows 10", "macOS Sonoma", "macOS Ventura", "Ubuntu 22.04");
    static final List<String> PLANS = List.of("Pro", "Business", "Team", "Premium", "Enterprise");
    static final List<String> BANKS = List.of("Chase", "Barclays", "HSBC", "ING", "Deutsche Bank", "Wells Fargo", "Santander");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "last Friday", "the weekend", "yesterday", "the 3rd",
            "last week", "this morning");
    static final List<String> DOMAINS = List.of("gmail.com", "outlook.com", "our company domain", "yahoo.co.uk",
            "an Office 365 domain");

    static final List<String> EN_CUSTOMER_GREETINGS = List.of("Hi,", "Hello,", "Hi there,", "Hello support,", "Dear Northwind team,",
            "Hi team,", "Good morning,", "Hey,");
    static final List<String> EN_CUSTOMER_CONTEXT = List.of("[I'm|We're] using {product} [for our team|at work|for my small business].",
            "Not sure if this is the right place to ask.", "[Hope|I hope] you can help.", "This started [recently|a few days ago|today].",
            "[I|We] have been [a customer|customers] for [years|a while] and this is new.");
    static final List<String> EN_CUSTOMER_CLOSINGS = List.of("Thanks,", "Thanks in advance,", "Best regards,", "Cheers,", "Regards,",
            "Thank you,", "Kind regards,");
    static final List<String> JA_CUSTOMER_OPENINGS = List.of("お世話になっております。{company}の{name}です。", "いつもお世話になっております。",
            "お世話になります。", "はじめてお問い合わせします。");
    static final List<String> JA_CUSTOMER_CLOSINGS = List.of("よろしくお願いいたします。", "ご確認のほど、よろしくお願いいたします。",
            "お手数ですが、よろしくお願いします。");

    static final List<String> EN_AGENT_GREETINGS = List.of("Hi {name},", "Hello {name},", "Hi {name}, thanks for reaching out.",
            "Dear {name},");
    static final List<String> EN_AGENT_SIGNOFFS = List.of("Best regards,", "Kind regards,", "Thanks,", "All the best,");
    static final List<String> EN_AGENT_ACKS = List.of(
            "[Thanks for|Thank you for] [reaching out|getting in touch|the details]. [I'm sorry to hear|Sorry to hear] about the trouble with {product}.",
            "[I'm|I am] [looking into|checking] this [now|for you] and [will get back to you|will update you] [shortly|as soon as I know more].",
            "I've [passed this to|escalated this to|shared this with] our [engineers|product team|billing team] [and will keep you posted|and will update you].",
            "[Thanks for your patience.|Sorry for the wait.] [We're investigating|Our team is investigating] [this|the issue] right now.");
    static final List<String> EN_AGENT_QUESTIONS = List.of(
            "Could you [tell me|let me know] which [version|device|browser] you're using?",
            "Could you [send|share] a screenshot of [the error|what you see]?",
            "[Can you|Could you] [confirm|check] the email address on the account?",
            "[Which|What] [workspace|account] is this about?");
    static final List<String> EN_CUSTOMER_ANSWERS = List.of("It's version {version} on {os}.", "Screenshot attached.",
            "[Yes|Yep], [that's the right address|the account is under this email].", "[It's|The account is] the {company} workspace.",
            "[I tried that already|Already tried that], [same result|no change].", "[It's|I'm on] a {device}.");
    static final List<String> EN_RESOLUTION_BUG = List.of(
            "[Our engineers have|We've] [deployed|rolled out|released] a fix for this[ in version {version}|].",
            "[Good news:|Update:] the [issue|problem] [has been fixed|is fixed now] on our side.",
            "I've [reset|repaired] the [configuration|settings] on your account, [so this should work again|which resolves the issue].",
            "[The fix is live now|A fix went out this morning], so you should [no longer see this|be all set].");
    static final List<String> EN_RESOLUTION_BILLING = List.of(
            "I've refunded the [duplicate|extra] charge; [it should appear|you'll see it] on your statement in 3–5 business days.",
            "The duplicate payment has been [reversed|refunded] – [sorry about that|apologies for the trouble]. [It can take a few days to show.|Your bank will show it within a week.]");
    static final List<String> EN_RESOLUTION_OUTBOUND = List.of("[Thanks for confirming|Great, thanks] – [all set on our side|everything looks good now].");
    static final List<String> JA_RESOLUTION_OUTBOUND = List.of("ご確認ありがとうございます。こちらで対応は完了です。");
    static final List<String> EN_RESOLUTION_FEATURE = List.of(
            "I've [logged|filed] this as a feature request with our product team[ and added your vote|].",
            "[Thanks for the suggestion!|Great idea, thanks!] I've [passed it on to|shared it with] the product team, [so I'll mark this ticket as solved|and I'm closing this ticket for now].");
    static final List<String> EN_RESOLUTION_ANSWER = List.of(
            "You can do this under Settings > [Billing|Integrations|Account]: [open|click] \"[Change plan|Add connection|Manage]\" and follow the steps.",
            "Here's how: 1) go to Settings, 2) choose [Billing|Integrations], 3) click \"[Change|Connect]\". [That should be it.|That's all.]",
            "[This is covered in|Please see] our help article \"[Changing your plan|Connecting your bank]\": https://help.northwind.example/articles/{n}");
    static final List<String> EN_RESOLUTION_OTHER = List.of(
            "Thanks [a lot|so much] for your [message|kind words], I've [shared it with|passed it on to] the [team|right people].",
            "[Thanks for getting in touch.|Thank you for reaching out.] I've forwarded this to [our partnerships team|the right team], [who will contact you if relevant|so I'll close this ticket].");
    static final List<String> EN_CONFIRM_ASKS = List.of("Could you [check|confirm] that it works [on your side|for you] now?",
            "Does this solve the problem?", "Let us know if [this helps|the issue persists|you need anything else].",
            "Can you confirm this is working for you?", "Please let me know whether this fixes it.");
    static final List<String> EN_CONFIRMATIONS = List.of("Works now, thanks!", "That fixed it, thank you.",
            "All good now – thanks for the quick help.", "Yes, confirmed, it's working again.", "Perfect, that solved it.",
            "[Great|Brilliant], it works now. [Thanks a lot!|Much appreciated.]", "Problem solved, thank you so much!",
            "Just checked and it's working. Thanks!");
    static final List<String> EN_NEGATED_CONFIRMATIONS = List.of("Still not working, thanks.", "Thanks, but it still doesn't work.",
            "Unfortunately the problem is not fixed – same [error|behaviour] as before.", "No, that didn't fix it.",
            "Thanks for the reply, but [nothing changed|it's still broken] on my side.");
    static final List<String> EN_CHASES = List.of("Any update on this?", "Still waiting for an answer...",
            "Hello? Is anyone there?", "What is the status of my request?", "It's been {small} days – any news?",
            "Following up on my [ticket|request] from {day}. [Any progress?|Any update?]",
            "I still haven't heard back. [Can someone please look at this?|This is getting urgent.]");
    static final List<String> EN_NOT_CHASES = List.of("No update needed on my side, just adding a screenshot.",
            "Forgot to mention: [it's version {version}|I'm on {os}].", "One more detail: [it happens every time|it only happens on wifi].");
    static final List<String> EN_REOPEN = List.of("[Sorry, the problem is back.|It's happening again.] [Same as before.|Exactly the same issue.]",
            "The issue [came back|has returned] [today|after a few days].");
    static final List<String> PRIVATE_NOTES = List.of("Escalated to engineering, see NW-{n}.", "Customer is on the {plan} plan.",
            "Known issue, linking to NW-{n}.", "Refund processed in the payment console.", "Checked logs: [errors on sync worker|timeouts from the SMS gateway|nothing unusual].",
            "[Asked|Pinged] the product team about this.", "Duplicate of an earlier ticket from the same customer.");
    static final List<String> SOCIAL_AGENT_OPENERS = List.of("Hi there!", "Hey!", "Hi {name}!", "Sorry to hear that!");
    static final List<String> SOCIAL_AGENT_DM = List.of("Please send us a DM with your account email and we'll take a look.",
            "Could you DM us the details?", "We're on it – DM us your account email please.");

    static final List<String> JA_AGENT_GREETINGS = List.of("{name}様\n\nお問い合わせいただきありがとうございます。Northwindサポートです。",
            "{name}様\n\nいつもご利用いただきありがとうございます。");
    static final List<String> JA_AGENT_ACKS = List.of("ご不便をおかけして申し訳ございません。担当部署に確認いたします。",
            "現在調査しております。分かり次第ご連絡いたします。", "詳細を確認いたしますので、少々お待ちください。");
    static final List<String> JA_AGENT_QUESTIONS = List.of("ご利用のバージョンを教えていただけますでしょうか。",
            "エラー画面のスクリーンショットをお送りいただけますか。");
    static final List<String> JA_CUSTOMER_ANSWERS = List.of("バージョンは{version}です。", "スクリーンショットを添付します。", "端末は{device}です。");
    static final List<String> JA_RESOLUTION_BUG = List.of("修正版をリリースいたしました。", "お客様のアカウントの設定を修正いたしました。",
            "不具合を修正いたしました。");
    static final List<String> JA_RESOLUTION_BILLING = List.of("重複した請求を返金いたしました。", "請求内容を修正いたしました。");
    static final List<String> JA_RESOLUTION_FEATURE = List.of("ご要望を開発チームに共有いたしました。", "貴重なご意見をありがとうございます。開発チームに共有いたしました。");
    static final List<String> JA_RESOLUTION_ANSWER = List.of("設定画面の「プラン変更」から変更いただけます。", "手順をご案内いたします。「設定」＞「連携」から追加いただけます。");
    static final List<String> JA_RESOLUTION_OTHER = List.of("ご連絡ありがとうございます。担当チームに共有いたしました。");
    static final List<String> JA_CONFIRM_ASKS = List.of("問題が解決したかご確認いただけますでしょうか。", "解決しない場合はお知らせください。");
    static final List<String> JA_CONFIRMATIONS = List.of("解決しました。ありがとうございました。", "直りました！ありがとうございます。",
            "無事に使えるようになりました。ありがとうございました。", "確認しました。問題なく動作しています。");
    static final List<String> JA_NEGATED_CONFIRMATIONS = List.of("まだ直っていません。", "ありがとうございます。ですが、まだ同じエラーが出ます。");
    static final List<String> JA_CHASES = List.of("どうなっていますか？", "その後いかがでしょうか。", "まだ回答がありません。至急確認をお願いします。",
            "進捗を教えてください。");
    static final List<String> JA_AGENT_SIGNOFFS = List.of("よろしくお願いいたします。\nNorthwindサポート {agent}");

    static final String EN_AUTO_ACK = "This is an automated message: we have received your request (#{id}). "
            + "A member of our team will get back to you [as soon as possible|within one business day].\n\n"
            + "While you wait, our help centre may have the answer: https://help.northwind.example";
    static final String JA_AUTO_ACK = "自動送信メッセージです。お問い合わせ（#{id}）を受け付けました。担当者より順次ご連絡いたします。";
    static final String CSAT_SURVEY = "How would you rate the support you received?\nGood, I'm satisfied: https://northwind.example/rate/{id}/good\n"
            + "Bad, I'm unsatisfied: https://northwind.example/rate/{id}/bad";
    static final String CHAT_START = "Chat started: {name} joined the conversation.";

    /** A background (non-planted) topic: subjects and body templates, in one language. */
    record Topic(String kind, int group, List<String> subjects, List<String> bodies) {
    }

    static final List<Topic> NOISE = List.of(
            new Topic("question", 0, List.of("Invoice copy", "Need invoice for [March|April|May|June]", "Receipt request"),
                    List.of("Could you send me [a copy of|the] invoice for [March|April|May|June]? [Our finance team needs it.|I can't find it in my account.]",
                            "[I need|Please send] a receipt with our VAT number [{n}|on it] for the last payment.")),
            new Topic("question", 0, List.of("Update billing address", "Change VAT number", "Company name on invoices"),
                    List.of("[We moved offices.|Our address changed.] How do I update the billing address on [future|our] invoices?",
                            "[Please|Can you] change the company name on our invoices to {company} Ltd?")),
            new Topic("question", 5, List.of("Delete my account", "GDPR data request", "Close account"),
                    List.of("Please delete my account and all [my|associated] data[ under GDPR|].",
                            "I'd like [a copy of|an export of] all personal data you hold about me.")),
            new Topic("question", 0, List.of("Add seats", "More licences", "Upgrade team size"),
                    List.of("We're hiring and need {small} more seats. [What does that cost?|Can you add them to our plan?]",
                            "How do I add [a colleague|new users] to our {plan} plan?")),
            new Topic("compliment", 3, List.of("Thank you!", "Great product", "Kudos to your team"),
                    List.of("Just wanted to say {product} has saved us hours every week. [Keep it up!|Great work.]",
                            "[Big thanks to|Shout-out to] your support team, [you were super helpful|the last answer was spot on].")),
            new Topic("other", 0, List.of("Partnership opportunity", "SEO services for your website", "Quick question about your marketing"),
                    List.of("[We are a leading agency|Our company] [helps businesses like yours|can boost your traffic] [by 300%|quickly]. [Can we schedule a call?|Reply for a free audit.]",
                            "I'm reaching out about a [partnership|reseller opportunity] for {product} in our region.")),
            new Topic("question", 1, List.of("How do I invite my accountant?", "User permissions", "Read-only access"),
                    List.of("How can I give my accountant read-only access to {product}?",
                            "[Can I|Is it possible to] restrict what [a new user|my assistant] can see in {product}?")),
            new Topic("question", 3, List.of("Storage limit", "Out of space", "How much storage do I have?"),
                    List.of("{product} says I'm [almost out of|at 95% of my] storage. [How do I see what uses it?|Can I buy more?]",
                            "What's the storage limit on the {plan} plan?")),
            new Topic("bug", 4, List.of("Chart not loading", "Dashboard slow", "Widget shows no data"),
                    List.of("[One|The revenue] widget on my {product} dashboard [shows no data|stays empty|spins forever] [today|since this morning].",
                            "{product} is [very slow|really sluggish] today, pages take [30 seconds|ages] to load.")),
            new Topic("question", 2, List.of("Notifications", "Too many notifications", "Mute a channel"),
                    List.of("How do I mute notifications for one [group|chat] in {product}?",
                            "[Can I|Is there a way to] [turn off|pause] notifications [at night|on weekends] in {product}?")),
            new Topic("question", 5, List.of("Change email address", "Update login email", "New email"),
                    List.of("[I changed jobs|My email changed]. How do I change the email address I log in with?",
                            "Please update my login email to the new one: [my new address is below|see my signature].")),
            new Topic("bug", 1, List.of("Invoice PDF looks wrong", "Logo missing on invoices", "PDF layout broken"),
                    List.of("The PDF invoices from {product} [cut off|are missing] [our logo|the last line|the footer].",
                            "[Numbers|Amounts] on the printed invoice [overlap|are misaligned] in {product}.")));

    static final List<Topic> JA_NOISE = List.of(
            new Topic("question", 0, List.of("請求書の再発行", "領収書について"),
                    List.of("[3月|4月|5月]分の請求書を再発行していただけますか。", "領収書の宛名を{company}に変更できますか。")),
            new Topic("question", 5, List.of("メールアドレスの変更", "アカウント削除"),
                    List.of("ログイン用のメールアドレスを変更する方法を教えてください。", "アカウントを削除したいのですが、手続き方法を教えてください。")),
            new Topic("compliment", 3, List.of("お礼"), List.of("いつも便利に使わせていただいています。サポートの方の対応にも感謝しています。")));

    /** Tickets an agent opens towards a customer (outbound). */
    static final List<Topic> OUTBOUND = List.of(
            new Topic("other", 0, List.of("Your payment did not go through", "Action needed: update your card"),
                    List.of("[We couldn't|We were unable to] process the payment for your {plan} plan. Could you update your card under Settings > Billing?")),
            new Topic("other", 3, List.of("Following up on your call", "Our call today"),
                    List.of("[As discussed on the phone|Following up on our call today], here are the steps to [reinstall|reset] {product}: https://help.northwind.example/articles/{n}")),
            new Topic("other", 4, List.of("Scheduled maintenance on {day}", "Upcoming maintenance"),
                    List.of("[Heads-up:|Just so you know,] {product} will be [unavailable|in maintenance] on {day} between 02:00 and 04:00 UTC.")),
            new Topic("other", 1, List.of("Your trial ends soon", "How is your trial going?"),
                    List.of("Your {product} trial ends [in {small} days|soon]. [Any questions before you decide?|Happy to help you set things up.]")));
}
