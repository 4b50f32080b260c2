package ticketinsights.sample;

import java.util.List;
import java.util.Random;

/**
 * The fictional company behind the sample: Northwind, with four products, six support groups,
 * its agents and a pool of customers. Every id and name is derived from an index, so the pool
 * needs no memory at any size and both export forms agree on it.
 */
final class Catalog {
    static final String COMPANY = "Northwind";
    static final String SUPPORT_ADDRESS = "support@northwind.example";
    static final String SOCIAL_HANDLE = "@NorthwindHelp";
    /** Zendesk's own id for automations and triggers (audits and trigger comments carry it). */
    static final long SYSTEM_USER = -1L;

    /** A support group, the product it serves and the names customers use for that product. */
    record Group(int index, long id, String name, String product, List<String> productNames, String tag) {
    }

    static final List<Group> GROUPS = List.of(
            new Group(0, 360000000001L, "Billing", "Northwind",
                    List.of("Northwind", "your billing system", "the billing page", "my Northwind account"), "billing"),
            new Group(1, 360000000002L, "Ledger Support", "Ledger",
                    List.of("Ledger", "Northwind Ledger", "the Ledger app", "Ledger web"), "ledger"),
            new Group(2, 360000000003L, "Relay Mobile", "Relay",
                    List.of("Relay", "the Relay app", "Relay for Android", "the Relay messenger"), "relay"),
            new Group(3, 360000000004L, "Harbor Sync", "Harbor",
                    List.of("Harbor", "the Harbor desktop client", "Harbor Sync", "the sync client"), "harbor"),
            new Group(4, 360000000005L, "Beacon Analytics", "Beacon",
                    List.of("Beacon", "the Beacon dashboard", "Beacon Analytics", "your analytics dashboard"), "beacon"),
            new Group(5, 360000000006L, "Account & Security", "Northwind",
                    List.of("Northwind", "my account", "the Northwind login", "your app"), "account"));

    /** Brands (Zendesk brand_id): the consumer and the business storefront. */
    static final long[] BRANDS = {350000000001L, 350000000002L};

    /** An agent: works for one group; the Japanese-speaking agents answer Japanese tickets. */
    record Agent(long id, String name, String firstName, int group, boolean japanese, String role) {
    }

    static final List<Agent> AGENTS = List.of(
            new Agent(370000000001L, "Maya Okafor", "Maya", 0, false, "agent"),
            new Agent(370000000002L, "Tom Becker", "Tom", 0, false, "agent"),
            new Agent(370000000003L, "Priya Raman", "Priya", 1, false, "agent"),
            new Agent(370000000004L, "Lucas Martin", "Lucas", 1, false, "agent"),
            new Agent(370000000005L, "Sofia Rossi", "Sofia", 2, false, "agent"),
            new Agent(370000000006L, "Daniel Kim", "Daniel", 2, false, "agent"),
            new Agent(370000000007L, "Emma Larsen", "Emma", 3, false, "agent"),
            new Agent(370000000008L, "Omar Haddad", "Omar", 3, false, "agent"),
            new Agent(370000000009L, "Grace Liu", "Grace", 4, false, "agent"),
            new Agent(370000000010L, "Jonas Weber", "Jonas", 4, false, "agent"),
            new Agent(370000000011L, "Aisha Bello", "Aisha", 5, false, "agent"),
            new Agent(370000000012L, "Chris Novak", "Chris", 5, false, "admin"),
            new Agent(370000000013L, "田中 美咲", "田中", -1, true, "agent"),
            new Agent(370000000014L, "鈴木 翔太", "鈴木", -1, true, "agent"));

    /** An agent of {@code group} (Japanese tickets go to the Japanese-speaking agents). */
    static Agent agentFor(int group, boolean japanese, Random rng) {
        if (japanese) {
            return rng.nextBoolean() ? AGENTS.get(12) : AGENTS.get(13);
        }
        return AGENTS.get(group * 2 + rng.nextInt(2));
    }

    static final long CUSTOMER_BASE = 380000000000L;

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Frank", "Gina", "Hugo", "Ines",
        "Jack", "Kira", "Leo", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sam", "Tara", "Umar", "Vera", "Will", "Yara",
        "Zoe", "Alex", "Bianca", "Carlos", "Diane", "Ethan", "Fatima", "George", "Hannah", "Ivan", "Julia", "Kevin",
        "Laura", "Marco", "Nina", "Oscar", "Petra"};
    private static final String[] LAST = {"Smith", "Garcia", "Müller", "Johnson", "Dubois", "Brown", "Nowak",
        "Andersen", "Silva", "Murphy", "Kowalski", "Taylor", "Rossi", "Walker", "Jansen", "Lopez", "Schmidt", "Hughes",
        "Costa", "Fischer", "Moreau", "Evans", "Novak", "Reyes", "Clarke", "Berg", "Santos", "Wright", "Ivanova",
        "O'Brien", "Hall", "Young", "Khan", "Lindqvist", "Patel", "Cohen", "Baker", "Ward", "Perez", "Stone"};
    private static final String[] COMPANIES = {"Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers",
        "Adventure Works", "Blue Yonder Airlines", "Coho Winery", "Litware", "Proseware", "Lucerne Publishing",
        "Margie's Travel", "Trey Research", "Alpine Ski House", "Fourth Coffee", "Woodgrove Bank", "Humongous Insurance"};
    private static final String[] JA_FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "斎藤"};
    private static final String[] JA_GIVEN = {"健", "陽子", "大輔", "美咲", "直樹", "由美", "翔", "彩", "誠", "恵",
        "拓也", "真由美", "悠", "結衣", "亮", "さくら"};
    private static final String[] JA_ROMAJI = {"sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto",
        "nakamura", "kobayashi", "kato", "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura",
        "hayashi", "shimizu", "saito"};
    private static final String[] JA_COMPANIES = {"株式会社サクラ商事", "みなと物流株式会社", "青葉システム株式会社", "有限会社ひかり工房"};

    /** Every twelfth customer writes in Japanese (with ~8% of tickets Japanese, they are busier). */
    static boolean japaneseCustomer(long k) {
        return k % 12 == 0;
    }

    /** A customer of the pool: derived from its index alone. */
    record Customer(long id, String name, String firstName, String email, String company, String handle,
            boolean japanese) {
    }

    static Customer customer(long k) {
        boolean japanese = japaneseCustomer(k);
        if (japanese) {
            int family = (int) ((k / 12) % JA_FAMILY.length);
            int given = (int) ((k / 12 / JA_FAMILY.length) % JA_GIVEN.length);
            String company = JA_COMPANIES[(int) (k % JA_COMPANIES.length)];
            String email = JA_ROMAJI[family] + k + "@example.jp";
            return new Customer(CUSTOMER_BASE + k, JA_FAMILY[family] + " " + JA_GIVEN[given], JA_FAMILY[family], email,
                    company, "@" + JA_ROMAJI[family] + "_" + k, true);
        }
        String first = FIRST[(int) (k % FIRST.length)];
        String last = LAST[(int) ((k / FIRST.length + k * 7) % LAST.length)];
        String company = COMPANIES[(int) ((k * 31) % COMPANIES.length)];
        String domain = company.toLowerCase().replaceAll("[^a-z]", "") + ".example";
        String local = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "");
        return new Customer(CUSTOMER_BASE + k, first + " " + last, first, local + "@" + domain, company,
                "@" + first.toLowerCase() + "_" + last.toLowerCase().replaceAll("[^a-z]", "") + (k % 97), false);
    }

    /**
     * Draws a customer index from a pool of {@code poolSize}: skewed towards low indices, so some
     * customers write many tickets (distinct customers &lt; tickets), in the wanted language.
     */
    static long drawCustomer(Random rng, long poolSize, boolean japanese) {
        double u = rng.nextDouble();
        long k = (long) (poolSize * u * u);
        if (japanese) {
            return (k / 12) * 12;
        }
        return japaneseCustomer(k) ? k + 1 : k;
    }

    private Catalog() {
    }
}
