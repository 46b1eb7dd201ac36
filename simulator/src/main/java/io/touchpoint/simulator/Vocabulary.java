package io.touchpoint.simulator;

import java.util.List;

/** Names, places and products the simulated world is made of. All ASCII, all fictional combinations. */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String COMPANY = "Telco";
    static final String SOCIAL_HANDLE = "TelcoCare";
    static final String CARE_DOMAIN = "care.sim.touchpoint.example";
    static final String MAIL_DOMAIN = "mail.sim.touchpoint.example";

    static final List<String> FIRST_NAMES = List.of(
            "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
            "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
            "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra",
            "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
            "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie",
            "Ronald", "Rebecca", "Jason", "Sharon", "Edward", "Laura", "Jeffrey", "Cynthia", "Ryan", "Kathleen",
            "Jacob", "Amy", "Gary", "Angela", "Nicholas", "Shirley", "Eric", "Anna", "Jonathan", "Brenda",
            "Stephen", "Pamela", "Larry", "Emma", "Justin", "Nicole", "Scott", "Helen", "Brandon", "Samantha",
            "Benjamin", "Katherine", "Samuel", "Christine", "Gregory", "Debra", "Alexander", "Rachel", "Frank",
            "Carolyn", "Raymond", "Janet", "Jack", "Catherine", "Dennis", "Maria", "Jerry", "Heather", "Tyler",
            "Diane", "Aaron", "Ruth", "Jose", "Julie", "Adam", "Olivia", "Nathan", "Joyce", "Henry", "Virginia",
            "Zachary", "Victoria", "Kyle", "Kelly", "Noah", "Lauren", "Ethan", "Christina", "Jeremy", "Joan",
            "Priya", "Wei", "Aisha", "Mohammed", "Hiroshi", "Ana", "Luis", "Fatima", "Dmitri", "Chen", "Ngozi",
            "Carlos", "Mei", "Rahul", "Sofia", "Omar", "Yuki", "Tariq", "Elena", "Kwame");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
            "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez",
            "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart",
            "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson",
            "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks",
            "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez",
            "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Okafor", "Tanaka",
            "Kowalski", "Novak", "Schmidt", "Rossi", "Haddad", "Singh", "Chowdhury", "Mensah", "Ivanova", "Larsen");

    static final List<String> STREETS = List.of(
            "Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Washington", "Lake", "Hill", "Park", "Walnut",
            "Sunset", "Highland", "Franklin", "Jefferson", "Lincoln", "Madison", "Church", "Spring", "Willow",
            "Chestnut", "Ridge", "Meadow", "River", "Forest", "Mill", "Jackson", "Center", "Prospect", "Lakeview",
            "Birch", "Dogwood", "Magnolia", "Sycamore", "Hickory", "Laurel", "Aspen", "Orchard", "Valley", "Harbor");

    static final List<String> STREET_SUFFIXES = List.of("Street", "Avenue", "Road", "Drive", "Lane", "Court",
            "Boulevard", "Way", "Place");

    /** City, state, first three ZIP digits; grouped by {@link #REGIONS} (eight cities per region). */
    static final List<String[]> CITIES = List.of(
            new String[] {"Springfield", "MA", "011"}, new String[] {"Hartford", "CT", "061"},
            new String[] {"Albany", "NY", "122"}, new String[] {"Providence", "RI", "029"},
            new String[] {"Portland", "ME", "041"}, new String[] {"Burlington", "VT", "054"},
            new String[] {"Newark", "NJ", "071"}, new String[] {"Scranton", "PA", "185"},
            new String[] {"Atlanta", "GA", "303"}, new String[] {"Charlotte", "NC", "282"},
            new String[] {"Orlando", "FL", "328"}, new String[] {"Nashville", "TN", "372"},
            new String[] {"Columbia", "SC", "292"}, new String[] {"Birmingham", "AL", "352"},
            new String[] {"Richmond", "VA", "232"}, new String[] {"Savannah", "GA", "314"},
            new String[] {"Columbus", "OH", "432"}, new String[] {"Madison", "WI", "537"},
            new String[] {"Omaha", "NE", "681"}, new String[] {"Des Moines", "IA", "503"},
            new String[] {"Indianapolis", "IN", "462"}, new String[] {"Lansing", "MI", "489"},
            new String[] {"Peoria", "IL", "616"}, new String[] {"Wichita", "KS", "672"},
            new String[] {"Phoenix", "AZ", "850"}, new String[] {"Albuquerque", "NM", "871"},
            new String[] {"Austin", "TX", "787"}, new String[] {"Tucson", "AZ", "857"},
            new String[] {"El Paso", "TX", "799"}, new String[] {"Tulsa", "OK", "741"},
            new String[] {"Santa Fe", "NM", "875"}, new String[] {"Lubbock", "TX", "794"},
            new String[] {"Sacramento", "CA", "958"}, new String[] {"Boise", "ID", "837"},
            new String[] {"Eugene", "OR", "974"}, new String[] {"Spokane", "WA", "992"},
            new String[] {"Reno", "NV", "895"}, new String[] {"Fresno", "CA", "937"},
            new String[] {"Salem", "OR", "973"}, new String[] {"Tacoma", "WA", "984"});

    static final List<String> REGIONS = List.of("northeast", "southeast", "midwest", "southwest", "west");

    /** Area codes per region, in the order of {@link #REGIONS}. */
    static final List<List<String>> AREA_CODES = List.of(
            List.of("413", "860", "518", "401", "207", "802", "973", "570"),
            List.of("404", "704", "407", "615", "803", "205", "804", "912"),
            List.of("614", "608", "402", "515", "317", "517", "309", "316"),
            List.of("602", "505", "512", "520", "915", "918", "575", "806"),
            List.of("916", "208", "541", "509", "775", "559", "503", "253"));

    static final List<String> DEVICES = List.of("iPhone 15", "iPhone 16 Pro", "Galaxy S24", "Galaxy A15",
            "Pixel 8", "Pixel 9", "Moto G Power", "OnePlus 12", "home router", "Wi-Fi extender", "smartwatch",
            "tablet", "5G hotspot", "cable box");

    static final List<String> PHONES = List.of("iPhone 15", "iPhone 16 Pro", "Galaxy S24", "Galaxy A15", "Pixel 8",
            "Pixel 9", "Moto G Power", "OnePlus 12");

    static final List<String> PLANS = List.of("basic", "plus", "premium", "unlimited");

    static final List<String> COMPETITORS = List.of("Verimax", "Orbitel", "ClearLine", "Nexa Mobile", "Skyreach",
            "BlueWave Wireless");

    static final List<String> TEAMS = List.of("Harbor", "Summit", "Cedar", "Meridian", "Falcon");

    static final List<String> PETS = List.of("Sue", "Max", "Bella", "Charlie", "Luna", "Buddy", "Daisy");

    static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth",
            "thirtieth", "thirty first"};

    private static final String[] TEENS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"};

    /** 0..99 in words: "seven", "fourteen", "eighty five". */
    static String twoDigitWords(int value) {
        if (value < 10) {
            return ONES[value];
        }
        if (value < 20) {
            return TEENS[value - 10];
        }
        return value % 10 == 0 ? TENS[value / 10] : TENS[value / 10] + " " + ONES[value % 10];
    }

    /** A year as spoken: 1985 -> "nineteen eighty five", 2003 -> "two thousand three". */
    static String yearWords(int year) {
        if (year >= 2000 && year < 2010) {
            return "two thousand " + ONES[year - 2000];
        }
        int low = year % 100;
        String tail = low == 0 ? "hundred" : low < 10 ? "oh " + ONES[low] : twoDigitWords(low);
        return twoDigitWords(year / 100) + " " + tail;
    }

    /** Digits read one by one, groups separated by commas: "four one one one, one one ...". */
    static String spokenDigits(String grouped) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < grouped.length(); i++) {
            char c = grouped.charAt(i);
            if (Character.isDigit(c)) {
                if (!builder.isEmpty() && builder.charAt(builder.length() - 1) != ' ') {
                    builder.append(' ');
                }
                builder.append(ONES[c - '0']);
            } else if (c == ' ' || c == '-') {
                if (!builder.isEmpty() && builder.charAt(builder.length() - 1) != ',') {
                    builder.append(',');
                }
            }
        }
        return builder.toString();
    }
}
