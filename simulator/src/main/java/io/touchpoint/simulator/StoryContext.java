package io.touchpoint.simulator;

import io.touchpoint.core.model.Channel;
import io.touchpoint.simulator.GroundTruth.DecoyType;
import io.touchpoint.simulator.GroundTruth.PiiType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Everything one conversation is written from: the plan, the agent, the customer, the interaction's own
 * random stream, and the values its templates are filled with (fixed for the whole conversation, so that
 * the amount the customer complains about is the amount the agent explains).
 */
final class StoryContext {

    final Plan plan;
    final SimulatedAgent agent;
    final SimulatedCustomer customer;
    final Dice dice;
    final Channel channel;
    final boolean voice;
    final Map<String, Slot> slots;

    StoryContext(Plan plan, SimulatedAgent agent, Dice dice) {
        this.plan = plan;
        this.agent = agent;
        this.customer = plan.customer;
        this.dice = dice;
        this.channel = plan.channel;
        this.voice = channel == Channel.VOICE;
        this.slots = buildSlots();
    }

    private Map<String, Slot> buildSlots() {
        Map<String, Slot> values = new HashMap<>();
        double usual = customer.monthlyCharge;
        double bill = customer.billingSpike != null && plan.churnSignal == Plan.ChurnSignal.BILLING_SPIKE
                ? customer.billingSpike.amount() : usual * dice.uniform(1.2, 1.9);
        values.put("company", Slot.plain(Vocabulary.COMPANY));
        values.put("agent", Slot.pii(PiiType.NAME, agent.firstName));
        values.put("first", Slot.pii(PiiType.NAME, customer.firstName));
        values.put("full", Slot.pii(PiiType.NAME, customer.fullName()));
        values.put("plan", Slot.plain(customer.plan));
        String newPlan = dice.pick(Vocabulary.PLANS.stream().filter(name -> !name.equals(customer.plan)).toList());
        values.put("newplan", Slot.plain(newPlan));
        values.put("planprice", amount(switch (newPlan) {
            case "basic" -> 40.0;
            case "plus" -> 60.0;
            case "premium" -> 80.0;
            default -> 100.0;
        } * dice.pick(1.0, 1.08, 1.12)));
        values.put("device", Slot.plain(dice.pick(Vocabulary.DEVICES)));
        values.put("phone", Slot.plain(dice.pick(Vocabulary.PHONES)));
        values.put("competitor", Slot.plain(dice.pick(Vocabulary.COMPETITORS)));
        values.put("amount", amount(bill));
        values.put("usual", amount(usual));
        values.put("fee", amount(dice.pick(5.0, 7.5, 10.0, 15.0, 25.0, 35.0)));
        values.put("credit", amount(dice.pick(10.0, 15.0, 20.0, 25.0, 30.0, 50.0)));
        double balance = Math.round(dice.uniform(85, 1850) * 100) / 100.0;
        values.put("balance", amount(balance));
        values.put("part", amount(Math.round(balance / dice.pick(2, 3, 4) * 100) / 100.0));
        values.put("percent", Slot.plain(String.valueOf(dice.pick(10, 15, 20, 25, 30))));
        values.put("years", Slot.plain(Vocabulary.twoDigitWords(Math.max(2, Math.min(20, customer.tenureMonths / 12 + 1)))));
        values.put("date", Slot.decoy(DecoyType.TIMESTAMP, futureDate()));
        values.put("eta", Slot.decoy(DecoyType.TIMESTAMP, dice.pick("6 PM", "5:30 this evening", "8 PM tonight",
                "noon tomorrow", "4:45 PM", "midnight")));
        values.put("time", Slot.decoy(DecoyType.TIMESTAMP, dice.pick("10:45 this morning", "7:15 AM", "3:20 PM",
                "around 9:30", "2:05 PM yesterday", "6:40 last night")));
        values.put("order", Slot.decoy(DecoyType.ORDER_ID, PiiFactory.orderId(dice)));
        values.put("case", Slot.decoy(DecoyType.CASE_NUMBER, PiiFactory.caseNumber(dice)));
        values.put("pet", Slot.decoy(DecoyType.PET_NAME, dice.pick(Vocabulary.PETS)));
        values.put("daypart", Slot.plain(daypart()));
        values.put("ago", Slot.plain(ago()));
        return values;
    }

    private static Slot amount(double value) {
        return Slot.decoy(DecoyType.AMOUNT, PiiFactory.amount(value));
    }

    private String futureDate() {
        LocalDate date = plan.start.atZone(InteractionPlanner.ZONE).toLocalDate().plusDays(dice.between(3, 21));
        return Vocabulary.MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth();
    }

    private String daypart() {
        LocalTime time = plan.start.atZone(InteractionPlanner.ZONE).toLocalTime();
        return time.getHour() < 12 ? "morning" : time.getHour() < 17 ? "afternoon" : "evening";
    }

    private String ago() {
        if (plan.followUpOf == null) {
            return "last week";
        }
        long hours = (plan.start.getEpochSecond() - plan.followUpOf.start.getEpochSecond()) / 3600;
        return hours < 20 ? "earlier today" : hours < 40 ? "yesterday" : hours < 100 ? "a couple of days ago"
                : "last week";
    }

    /** A value to say in a template: {@code slot(name)} or fail loudly on a typo. */
    Slot slot(String name) {
        Slot slot = slots.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("no slot " + name);
        }
        return slot;
    }

    // ------------------------------------------------------------------ personal data as said on this channel

    /** The customer's date of birth as said or typed, and whether it is spoken words. */
    String[] dateOfBirthText() {
        boolean spoken = voice && dice.chance(0.5);
        return new String[] {PiiFactory.dateOfBirth(customer.dateOfBirth, spoken ? 3 : dice.between(0, 2)),
                String.valueOf(spoken)};
    }

    /** The customer's phone as they would say or type it; {@code spoken} tells which. */
    String[] phoneText() {
        boolean spoken = voice && dice.chance(0.4);
        return new String[] {PiiFactory.phoneAsText(customer.phone, spoken ? 4 : dice.between(0, 3)),
                String.valueOf(spoken)};
    }

    String[] cardText() {
        String digits = PiiFactory.cardNumber(dice);
        if (voice && dice.chance(0.4)) {
            return new String[] {Vocabulary.spokenDigits(PiiFactory.groupCard(digits, " ")), "true"};
        }
        return switch (dice.between(0, 3)) {
            case 0 -> new String[] {digits, "false"};
            case 1 -> new String[] {PiiFactory.groupCard(digits, "-"), "false"};
            default -> new String[] {PiiFactory.groupCard(digits, " "), "false"};
        };
    }

    String[] ssnText() {
        String ssn = PiiFactory.ssn(dice);
        if (voice && dice.chance(0.4)) {
            return new String[] {PiiFactory.spokenSsn(ssn), "true"};
        }
        return new String[] {dice.chance(0.8) ? ssn : ssn.replace('-', ' '), "false"};
    }

    String[] emailText() {
        if (voice && dice.chance(0.5)) {
            return new String[] {PiiFactory.spokenEmail(customer.email), "true"};
        }
        return new String[] {customer.email, "false"};
    }

    /** The style of plain text for a speaker on this channel: fillers in speech, casual typing in chat and SMS. */
    UnaryOperator<String> style(boolean customerSide) {
        if (!customerSide) {
            return voice ? text -> text : UnaryOperator.identity();
        }
        return switch (channel) {
            case VOICE -> text -> speechFillers(text);
            case CHAT -> text -> casualTyping(written(text), 0.25, 0.03);
            case SMS -> text -> textMessage(written(text));
            case SOCIAL -> text -> dice.chance(0.3) ? written(text).toLowerCase(Locale.ROOT) : written(text);
            default -> StoryContext::written;
        };
    }

    /** The shared phrasebook is spoken English; in writing people do not say they are calling. */
    private static String written(String text) {
        return text.replace("I'm calling about", "I'm writing about").replace("I called before", "I contacted you before")
                .replace("on hold forever", "waiting forever");
    }

    private String speechFillers(String text) {
        if (text.length() < 12 || !Character.isUpperCase(text.charAt(0)) || !dice.chance(0.12)) {
            return text;
        }
        String filler = dice.pick("Um, ", "Uh, ", "So, ", "Yeah, so ", "Okay, um, ");
        boolean keepCapital = text.startsWith("I ") || text.startsWith("I'");
        return filler + (keepCapital ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1));
    }

    private String casualTyping(String text, double lowerProbability, double typoProbability) {
        String result = text;
        if (!result.isEmpty() && dice.chance(lowerProbability) && !result.startsWith("I ") && !result.startsWith("I'")) {
            result = Character.toLowerCase(result.charAt(0)) + result.substring(1);
        }
        if (result.endsWith(".") && dice.chance(0.3)) {
            result = result.substring(0, result.length() - 1);
        }
        if (dice.chance(typoProbability)) {
            result = typo(result);
        }
        return result;
    }

    private String textMessage(String text) {
        String result = text;
        if (dice.chance(0.5)) {
            result = result.toLowerCase(Locale.ROOT);
        }
        if (dice.chance(0.4)) {
            result = result.replace(" you ", " u ").replace("please", "pls").replace("Please", "Pls");
        }
        return casualTyping(result, 0, 0.04);
    }

    /** Swaps two inner letters of one longer word: the kind of slip fast typists make. */
    private String typo(String text) {
        String[] words = text.split(" ", -1);
        int candidates = 0;
        for (String word : words) {
            if (word.length() >= 6 && word.chars().allMatch(Character::isLetter)) {
                candidates++;
            }
        }
        if (candidates == 0) {
            return text;
        }
        int target = dice.between(1, candidates);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() >= 6 && word.chars().allMatch(Character::isLetter) && --target == 0) {
                int at = dice.between(1, word.length() - 3);
                char[] letters = word.toCharArray();
                char swap = letters[at];
                letters[at] = letters[at + 1];
                letters[at + 1] = swap;
                words[i] = new String(letters);
                break;
            }
        }
        return String.join(" ", words);
    }
}
