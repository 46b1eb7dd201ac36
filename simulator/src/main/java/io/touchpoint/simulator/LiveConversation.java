package io.touchpoint.simulator;

import static io.touchpoint.simulator.GroundTruth.ANGRY_CUSTOMER;
import static io.touchpoint.simulator.GroundTruth.CHURN_THREAT;
import static io.touchpoint.simulator.GroundTruth.CHURN_THREAT_NEGATIVE;
import static io.touchpoint.simulator.GroundTruth.COLLECTIONS_LEGAL_HANDLED;
import static io.touchpoint.simulator.GroundTruth.COLLECTIONS_LEGAL_MENTION;
import static io.touchpoint.simulator.GroundTruth.COLLECTIONS_LEGAL_NEGATIVE;
import static io.touchpoint.simulator.GroundTruth.COLLECTIONS_LEGAL_VIOLATION;
import static io.touchpoint.simulator.GroundTruth.EARLY_TRANSFER;
import static io.touchpoint.simulator.GroundTruth.ESCALATION_REQUEST;
import static io.touchpoint.simulator.GroundTruth.MINI_MIRANDA_MISSING;
import static io.touchpoint.simulator.GroundTruth.PRAISE;
import static io.touchpoint.simulator.GroundTruth.RECORDING_DISCLOSURE_MISSING;
import static io.touchpoint.simulator.GroundTruth.REPEAT_CONTACT;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER_ACCEPTED;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER_DECLINED;
import static io.touchpoint.simulator.GroundTruth.SALES_SEQUENCE;
import static io.touchpoint.simulator.GroundTruth.SALE_LOST;
import static io.touchpoint.simulator.GroundTruth.SALE_WON;

import io.touchpoint.simulator.GroundTruth.PiiType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one live conversation (a call or a chat): the opening, identity check, the reason's own exchange,
 * the planted events and the agent's behaviours, which are present or absent by the agent's skill.
 */
final class LiveConversation {

    static final String ACCOUNT_OPEN = "account_open";
    static final String PAYMENT_ARRANGEMENT = "payment_arrangement";
    static final String PLAN_CHANGE = "plan_change";
    static final String DEVICE_TROUBLESHOOT = "device_troubleshoot";

    /** Share of calls whose agent forgets the recording disclosure, and of collections calls without mini-Miranda. */
    static final double RECORDING_MISSING_RATE = 0.06;
    static final double MINI_MIRANDA_MISSING_RATE = 0.12;

    private final StoryContext context;
    private final Dice dice;
    private final Script script;
    private final boolean voice;

    // The agent's behaviours on this contact.
    private final boolean greets;
    private final boolean verifies;
    private final boolean empathises;
    private final boolean holdsPolitely;
    private final boolean takesOwnership;
    private final boolean closesProperly;
    private final boolean triesUpsell;
    private boolean ownershipSaid;
    private boolean empathySaid;
    private boolean customerHungUp;

    // The story.
    private final boolean angry;
    private final boolean escalates;
    private final boolean praises;
    private final boolean threatens;
    private final boolean harmlessCancel;

    LiveConversation(StoryContext context) {
        this.context = context;
        this.dice = context.dice;
        this.voice = context.voice;
        this.script = new Script(context.style(false), context.style(true));
        double diligence = context.agent.diligence();
        greets = dice.chance(Math.min(1, diligence + 0.05));
        verifies = dice.chance(diligence);
        empathises = dice.chance(diligence);
        holdsPolitely = dice.chance(diligence);
        takesOwnership = dice.chance(diligence - 0.1);
        closesProperly = dice.chance(Math.min(1, diligence + 0.03));
        triesUpsell = dice.chance(switch (context.agent.skill) {
            case SimulatedAgent.SENIOR -> 0.35;
            case SimulatedAgent.REGULAR -> 0.22;
            default -> 0.1;
        });
        Plan plan = context.plan;
        ContactReason reason = plan.reason;
        boolean churnSignal = plan.churnSignal != Plan.ChurnSignal.NONE;
        double angryRate = switch (reason) {
            case OUTAGE -> plan.outageSpike ? 0.25 : 0.15;
            case BILLING -> 0.12;
            case COLLECTIONS, SALES, ACCOUNT_OPENING -> 0.02;
            default -> 0.06;
        };
        if (plan.followUpOf != null) {
            angryRate += 0.15;
        }
        angry = churnSignal ? dice.chance(0.55) : dice.chance(angryRate);
        escalates = angry && reason != ContactReason.COLLECTIONS && dice.chance(0.45);
        praises = !angry && dice.chance(reason == ContactReason.SALES ? 0.12 : 0.07);
        threatens = reason == ContactReason.CANCELLATION
                || plan.churnSignal == Plan.ChurnSignal.FINAL && dice.chance(0.8)
                || reason != ContactReason.COLLECTIONS && reason != ContactReason.ACCOUNT_OPENING
                        && reason != ContactReason.SALES && dice.chance(angry ? 0.12 : 0.025);
        harmlessCancel = !threatens && dice.chance(0.04);
    }

    Script compose() {
        Plan plan = context.plan;
        boolean earlyTransfer = voice && plan.reason != ContactReason.COLLECTIONS
                && plan.churnSignal == Plan.ChurnSignal.NONE
                && dice.chance(context.agent.earlyTransferer ? 0.3 : 0.008);
        if (earlyTransfer) {
            return earlyTransfer();
        }
        if (plan.reason == ContactReason.COLLECTIONS) {
            collections();
        } else {
            opening();
            switch (plan.reason) {
                case BILLING -> billing();
                case OUTAGE -> outage();
                case PLAN_CHANGE -> planChange();
                case CANCELLATION -> cancellation();
                case DEVICE -> device();
                case ACCOUNT_OPENING -> accountOpening();
                case PAYMENT_ARRANGEMENT -> paymentArrangement();
                case TECH_SUPPORT -> techSupport();
                case SALES -> sales();
                default -> throw new IllegalStateException("unhandled reason " + plan.reason);
            }
            if (!script.transferred && escalates) {
                escalation();
            }
            if (!script.transferred && threatens && plan.reason != ContactReason.CANCELLATION) {
                churnThreat(false);
            }
            if (!script.transferred && harmlessCancel) {
                harmlessCancel();
            }
            if (!script.transferred && triesUpsell && !angry && plan.reason != ContactReason.SALES
                    && plan.reason != ContactReason.CANCELLATION) {
                upsell();
            }
        }
        if (!script.transferred && praises) {
            script.customer().fillPhrase(PRAISE, dice.pick(Phrasebook.PRAISE), context.slots);
            script.patterns.add(PRAISE);
            script.agent().fill(dice.pick(Phrasebook.PRAISE_RESPONSES), context.slots);
        }
        if (!script.transferred && !customerHungUp) {
            closing();
        }
        if (angry) {
            script.patterns.add(ANGRY_CUSTOMER);
        }
        if (takesOwnership && ownershipSaid) {
            script.behaviours.add(GroundTruth.BEHAVIOUR_OWNERSHIP);
        }
        if (empathySaid) {
            script.behaviours.add(GroundTruth.BEHAVIOUR_EMPATHY);
        }
        script.csat = csat();
        return script;
    }

    // ------------------------------------------------------------------ openings

    private Script earlyTransfer() {
        script.agent().fill(dice.pick("Thanks for calling {company}, this call may be recorded. How can I help?",
                "{company}, this call may be recorded. How can I help you?",
                "Hi, {company}, this call may be recorded. What do you need?"), context.slots);
        script.behaviours.add(GroundTruth.BEHAVIOUR_GREETING);
        script.behaviours.add(GroundTruth.BEHAVIOUR_RECORDING_DISCLOSURE);
        script.customer().say(switch (context.plan.reason) {
            case BILLING, PAYMENT_ARRANGEMENT -> dice.pick("Hi, it's about my bill.", "I have a billing question.");
            case OUTAGE -> dice.pick("My internet is down.", "I have no service.");
            case DEVICE -> dice.pick("It's about my phone.", "My phone is broken.");
            case TECH_SUPPORT -> dice.pick("My Wi-Fi isn't working.", "My data is slow.");
            case SALES, PLAN_CHANGE -> dice.pick("I want a new plan.", "I'm looking for a deal.");
            default -> dice.pick("I have a question.", "I need some help.");
        });
        script.agent().phrase(EARLY_TRANSFER, dice.pick("Let me transfer you.", "Okay, let me transfer you.",
                "I'll transfer you now.", "Let me transfer you over."));
        script.patterns.add(EARLY_TRANSFER);
        script.transferred = true;
        script.resolved = false;
        script.csat = dice.chance(0.5) ? dice.between(1, 3) : null;
        return script;
    }

    private void opening() {
        TurnText agent = script.agent();
        if (greets) {
            agent.fill(dice.pick(voice ? Phrasebook.VOICE_GREETINGS : Phrasebook.CHAT_GREETINGS), context.slots);
            script.behaviours.add(GroundTruth.BEHAVIOUR_GREETING);
        } else {
            agent.fill(dice.pick(Phrasebook.CURT_OPENINGS), context.slots);
        }
        recordingDisclosure(agent);
        if (greets) {
            agent.say(dice.pick(Phrasebook.HOW_CAN_I_HELP));
        }
        TurnText customer = script.customer();
        if (dice.chance(0.5)) {
            customer.say(dice.pick("Hi.", "Hi there.", "Hello.", "Hey.", "Yes, hi."));
        }
        if (context.plan.followUpOf != null) {
            customer.fillPhrase(REPEAT_CONTACT, dice.pick(Phrasebook.FOLLOW_UP_PREFIXES), context.slots);
        }
        if (angry && dice.chance(0.6)) {
            customer.fillPhrase(ANGRY_CUSTOMER, dice.pick(Phrasebook.ANGRY), context.slots);
        }
    }

    private void recordingDisclosure(TurnText agent) {
        if (!voice) {
            return;
        }
        if (dice.chance(RECORDING_MISSING_RATE)) {
            script.patterns.add(RECORDING_DISCLOSURE_MISSING);
        } else {
            agent.say(dice.pick(Phrasebook.RECORDING_DISCLOSURES));
            script.behaviours.add(GroundTruth.BEHAVIOUR_RECORDING_DISCLOSURE);
        }
    }

    /** The customer's last turn so far, to which the opening statement of the reason is appended. */
    private TurnText customerTurn() {
        return script.continueOrAdd(io.touchpoint.core.model.Speaker.CUSTOMER);
    }

    private TurnText agentTurn() {
        return script.continueOrAdd(io.touchpoint.core.model.Speaker.AGENT);
    }

    private void identityCheck() {
        boolean problem = angry || switch (context.plan.reason) {
            case BILLING, OUTAGE, DEVICE, TECH_SUPPORT, PAYMENT_ARRANGEMENT, CANCELLATION -> true;
            default -> false;
        };
        if (context.plan.reason == ContactReason.ACCOUNT_OPENING) {
            return; // a new customer has no account to verify; details are taken while opening it
        }
        if (!problem && !verifies) {
            return;
        }
        TurnText agent = null;
        if (problem && empathises) {
            agent = script.agent();
            agent.say(dice.pick(Phrasebook.EMPATHY));
            empathySaid = true;
        }
        if (!verifies) {
            return;
        }
        if (agent == null) {
            agent = script.agent();
        }
        Phrasebook.Verification verification = dice.pick(Phrasebook.VERIFICATIONS);
        agent.say(verification.text());
        script.behaviours.add(GroundTruth.BEHAVIOUR_IDENTITY_VERIFICATION);
        TurnText customer = script.customer();
        customer.say(dice.pick("Sure.", "Yes.", "Okay.", "Sure thing."));
        String asks = verification.asks();
        for (int i = 0; i < asks.length(); i++) {
            boolean first = i == 0;
            switch (asks.charAt(i)) {
                case 'N' -> {
                    customer.say(first ? "It's" : "And the name is");
                    customer.pii(PiiType.NAME, context.customer.fullName(), false).glue(".");
                }
                case 'D' -> {
                    String[] dateOfBirth = context.dateOfBirthText();
                    customer.say(first ? "My date of birth is" : "And my date of birth is");
                    customer.pii(PiiType.DOB, dateOfBirth[0], Boolean.parseBoolean(dateOfBirth[1])).glue(".");
                }
                case 'P' -> {
                    String[] phone = context.phoneText();
                    customer.say(first ? "The number is" : "And the number is");
                    customer.pii(PiiType.PHONE, phone[0], Boolean.parseBoolean(phone[1])).glue(".");
                }
                default -> {
                    customer.say(first ? "The address is" : "And the address is");
                    customer.pii(PiiType.ADDRESS, context.customer.address, false).glue(".");
                }
            }
        }
        script.agent().fill(dice.pick(Phrasebook.VERIFIED), context.slots);
    }

    // ------------------------------------------------------------------ reasons

    private void billing() {
        boolean spike = context.plan.churnSignal == Plan.ChurnSignal.BILLING_SPIKE;
        customerOpening(spike ? Phrasebook.BILLING_SPIKE_OPENINGS : Phrasebook.BILLING_OPENINGS);
        if (dice.chance(0.25)) {
            TurnText customer = script.customer();
            customer.say("I made a payment of");
            customer.decoy(GroundTruth.DecoyType.AMOUNT, PiiFactory.amount(dice.uniform(150, 2400)));
            customer.say("on");
            customer.decoy(GroundTruth.DecoyType.TIMESTAMP, dice.pick("January 12 at 3:15 PM", "2026-01-14 09:42",
                    "the 3rd at 10:05 AM", "Friday at 4:30")).glue(", so I don't get it.");
        }
        maybeHold(0.22);
        agentExplains(Phrasebook.BILLING_EXPLANATIONS);
        script.customer().say(dice.pick("Okay, so can you do something about it?", "I didn't know that.",
                "That's not what I was told when I signed up.", "Can you take it off?"));
        boolean resolved = !spike && dice.chance(0.75) || spike && dice.chance(0.3);
        TurnText agent = script.agent();
        ownership(agent);
        agent.fill(dice.pick(resolved ? Phrasebook.BILLING_RESOLUTIONS : Phrasebook.BILLING_REFUSALS), context.slots);
        if (dice.chance(0.2)) {
            payByCard();
        }
        script.resolved = resolved;
        if (!resolved && dice.chance(0.5)) {
            script.customer().say(dice.pick("That's really disappointing.", "Unbelievable.", "Fine, whatever."));
        }
    }

    private void outage() {
        customerOpening(Phrasebook.OUTAGE_OPENINGS);
        boolean known = context.plan.outageSpike || dice.chance(0.55);
        maybeHold(0.1);
        TurnText agent = script.agent();
        ownership(agent);
        agent.fill(dice.pick(known ? Phrasebook.OUTAGE_CONFIRMED : Phrasebook.OUTAGE_LOCAL), context.slots);
        if (known) {
            script.customer().say(dice.pick(Phrasebook.OUTAGE_CUSTOMER_FOLLOWUPS));
            script.agent().fill(dice.pick(Phrasebook.OUTAGE_CREDITS), context.slots);
            script.resolved = false;
        } else {
            script.customer().say(dice.pick("Okay, it's unplugged.", "Alright, doing it now."));
            script.pauseBeforeNext(voice ? dice.between(4_000, 9_000) : 0, false);
            script.customer().say(dice.pick(Phrasebook.TECH_FIXED));
            script.resolved = true;
        }
        callbackNumber(0.08);
    }

    private void planChange() {
        customerOpening(Phrasebook.PLAN_CHANGE_OPENINGS);
        script.agent().fill(dice.pick(Phrasebook.PLAN_CHANGE_OFFERS), context.slots);
        script.customer().say(dice.pick("Okay, let's do that.", "Sounds good, go ahead.", "Yes, please switch me."));
        TurnText start = script.agent();
        ownership(start);
        start.say(dice.pick("Let me make that change for you now.", "I'm updating the plan now."));
        int startIndex = script.lastIndex();
        script.customer().say(dice.pick("Okay.", "Great, thanks.", "Sure."));
        workingSmallTalk(dice.between(1, 2));
        script.customer().say(dice.pick("Will my number stay the same?", "Does this change my contract?",
                "Do I keep my unused data?"));
        script.agent().say(dice.pick("Yes, nothing else changes.", "No, everything else stays the same.",
                "Good question, it carries over to the end of the cycle."));
        script.customer().say(dice.pick("Great.", "Okay, good.", "Perfect."));
        script.agent().fill(dice.pick(Phrasebook.PLAN_CHANGE_DONE), context.slots);
        process(PLAN_CHANGE, startIndex, script.lastIndex(), 70, false, List.of("crm", "billing", "provisioning"));
        script.resolved = true;
    }

    private void cancellation() {
        TurnText customer = customerTurn();
        customer.fillPhrase(CHURN_THREAT, dice.pick(Phrasebook.CHURN_THREATS), context.slots);
        script.patterns.add(CHURN_THREAT);
        customer.say(dice.pick("Your prices keep going up.", "The service has been terrible lately.",
                "I found a cheaper plan.", "I'm moving and don't need it anymore.", ""));
        identityCheck();
        script.agent().say(dice.pick("I'm sorry to hear you want to leave. Can I ask what's behind the decision?",
                "I understand. May I ask why you're thinking of leaving?"));
        script.customer().say(dice.pick("It's just too expensive.", "Too many outages.",
                "I've had billing problems three months in a row.", "Another company offered me a better deal."));
        churnThreat(true);
    }

    private void device() {
        boolean order = dice.chance(0.3);
        if (order) {
            customerOpening(Phrasebook.DEVICE_ORDER_OPENINGS);
            maybeHold(0.3);
            TurnText agent = script.agent();
            ownership(agent);
            agent.say(dice.pick("I see the order, it was delayed at the warehouse. It ships today.",
                    "It looks like the package was returned to us. I'll send it out again."));
            shippingAddress(0.35);
            script.resolved = true;
            return;
        }
        Phrasebook.DeviceIssue issue = dice.pick(Phrasebook.DEVICE_ISSUES);
        customerOpening(List.of(issue.opening()));
        TurnText agent = script.agent();
        ownership(agent);
        agent.fill(issue.step(), context.slots);
        int startIndex = script.lastIndex();
        script.customer().say(dice.pick("Okay, doing that now.", "Alright, give me a second.", "Okay, one moment."));
        workingSmallTalk(2);
        script.customer().say(issue.result());
        script.agent().say(dice.pick("Okay, I'm checking the warranty status.", "Let me look at the device history."));
        script.customer().say(dice.pick("Okay.", "Sure.", "Take your time."));
        script.agent().fill(issue.resolution(), context.slots);
        process(DEVICE_TROUBLESHOOT, startIndex, script.lastIndex(), 85, false,
                List.of("crm", "knowledge_base", "provisioning"));
        shippingAddress(0.4);
        script.resolved = true;
    }

    /** Conversation while the agent works in another system, so that a process does not leave dead air. */
    private void workingSmallTalk(int exchanges) {
        List<String[]> pairs = new ArrayList<>(Phrasebook.WORKING_SMALL_TALK);
        for (int i = 0; i < exchanges && !pairs.isEmpty(); i++) {
            String[] pair = pairs.remove(dice.between(0, pairs.size() - 1));
            script.agent().fill(pair[0], context.slots);
            script.customer().say(pair[1]);
        }
    }

    private void accountOpening() {
        customerOpening(Phrasebook.ACCOUNT_OPENINGS);
        TurnText agent = script.agent();
        agent.say(dice.pick("Welcome! I'd be happy to set that up.", "Great, let's get you started."));
        agent.say("Can I have your full name and date of birth?");
        TurnText customer = script.customer();
        customer.say("Sure, it's");
        customer.pii(PiiType.NAME, context.customer.fullName(), false).glue(",");
        String[] dateOfBirth = context.dateOfBirthText();
        customer.say("born");
        customer.pii(PiiType.DOB, dateOfBirth[0], Boolean.parseBoolean(dateOfBirth[1])).glue(".");
        script.agent().say(dice.pick(Phrasebook.ACCOUNT_SSN_ASKS));
        String[] ssn = context.ssnText();
        TurnText ssnTurn = script.customer();
        ssnTurn.say(dice.pick("It's", "Sure, it's", "Okay, it's"));
        ssnTurn.pii(PiiType.SSN, ssn[0], Boolean.parseBoolean(ssn[1])).glue(".");
        script.agent().say(dice.pick(Phrasebook.ACCOUNT_ADDRESS_ASKS));
        script.customer().pii(PiiType.ADDRESS, context.customer.address, false).glue(".");
        script.agent().say(dice.pick(Phrasebook.ACCOUNT_EMAIL_ASKS));
        String[] email = context.emailText();
        TurnText emailTurn = script.customer();
        emailTurn.say(dice.pick("It's", "Use", "You can use"));
        emailTurn.pii(PiiType.EMAIL, email[0], Boolean.parseBoolean(email[1])).glue(".");
        if (holdsPolitely) {
            script.agent().say(dice.pick(Phrasebook.ACCOUNT_HOLD_NOTICES));
        } else {
            script.agent().say(dice.pick("Okay, give me a few minutes to set this up.", "Hang on, this takes a bit."));
        }
        script.customer().say(dice.pick(Phrasebook.HOLD_AGREEMENTS));
        int startIndex = script.lastIndex();
        // Opening an account is the planted slow process: about four minutes in four systems, customer on hold.
        long duration = Math.round(Math.max(150, Math.min(420, dice.logNormal(240, 0.22))) * 1000);
        script.pauseBeforeNext(duration + dice.between(1_500, 6_000), voice);
        TurnText back = script.agent();
        if (holdsPolitely) {
            back.say(dice.pick(Phrasebook.HOLD_THANKS));
        } else {
            back.say(dice.pick(Phrasebook.CURT_RETURNS));
        }
        back.fill(dice.pick(Phrasebook.ACCOUNT_DONE), context.slots);
        if (voice) {
            script.behaviours.add(GroundTruth.BEHAVIOUR_HOLD);
            if (holdsPolitely) {
                script.behaviours.add(GroundTruth.BEHAVIOUR_HOLD_ETIQUETTE);
            }
        }
        script.process = new Script.ProcessStep(ACCOUNT_OPEN, duration,
                List.of("crm", "billing", "provisioning", "knowledge_base"), startIndex, script.lastIndex(), true);
        script.resolved = true;
    }

    private void paymentArrangement() {
        customerOpening(Phrasebook.PAYMENT_ARRANGEMENT_OPENINGS);
        if (dice.chance(0.3)) {
            customerTurn().say(dice.pick("My hours got cut at work.", "I had some medical bills come up.",
                    "It's been a rough couple of months."));
        }
        TurnText agent = script.agent();
        ownership(agent);
        agent.say(dice.pick("Let me see what options we have.", "I can help with that, let me check the account."));
        int startIndex = script.lastIndex();
        script.customer().say(dice.pick("Thank you.", "Okay.", "I appreciate it."));
        workingSmallTalk(dice.between(1, 2));
        script.agent().fill(dice.pick(Phrasebook.PAYMENT_ARRANGEMENT_OFFERS), context.slots);
        script.customer().say(dice.pick("That works.", "Okay, I can do that.", "Yes, let's do that."));
        payByCard();
        script.agent().say(dice.pick("The arrangement is set up and you'll get a confirmation.",
                "You're all set, the rest will be due on the date we agreed."));
        process(PAYMENT_ARRANGEMENT, startIndex, script.lastIndex(), 75, false, List.of("billing", "crm"));
        script.resolved = true;
    }

    private void techSupport() {
        customerOpening(Phrasebook.TECH_OPENINGS);
        if (dice.chance(0.1)) {
            TurnText customer = customerTurn();
            customer.say("I called before and my case number was");
            customer.fill("{case}", context.slots).glue(".");
        }
        if (dice.chance(0.15)) {
            String[] email = context.emailText();
            TurnText customer = customerTurn();
            customer.say("My email is");
            customer.pii(PiiType.EMAIL, email[0], Boolean.parseBoolean(email[1])).glue(", if that helps.");
        }
        boolean troubleshoot = dice.chance(0.4);
        TurnText agent = script.agent();
        ownership(agent);
        agent.fill(dice.pick(Phrasebook.TECH_STEPS), context.slots);
        int startIndex = script.lastIndex();
        if (troubleshoot) {
            script.customer().say(dice.pick("Okay, done.", "Alright, it's restarting.", "Give me a sec."));
            script.agent().say(dice.pick("I'm also checking the line from here.", "While that restarts, I'm running a test."));
            script.customer().say(dice.pick("Okay.", "Sure."));
            workingSmallTalk(dice.between(1, 2));
        }
        maybeSilence();
        boolean fixed = dice.chance(0.65);
        script.customer().say(dice.pick(fixed ? Phrasebook.TECH_FIXED : Phrasebook.TECH_NOT_FIXED));
        if (fixed) {
            script.agent().say(dice.pick("Great, glad that worked.", "Perfect, you should be all set."));
            script.resolved = true;
        } else if (dice.chance(0.4)) {
            script.agent().say(dice.pick(Phrasebook.TECH_TRANSFERS));
            script.transferred = true;
            script.resolved = false;
        } else {
            script.agent().fill(dice.pick(Phrasebook.TECH_TICKETS), context.slots);
            script.resolved = false;
        }
        if (troubleshoot) {
            process(DEVICE_TROUBLESHOOT, startIndex, script.lastIndex(), 85, false,
                    List.of("crm", "knowledge_base", "provisioning"));
        }
    }

    private void sales() {
        customerOpening(Phrasebook.SALES_OPENINGS);
        boolean won = dice.chance(0.4);
        // Won calls mostly follow discovery -> bridge -> bundle; lost calls mostly jump to price.
        boolean sequence = won ? dice.chance(0.85) : dice.chance(0.12);
        if (sequence) {
            script.agent().phrase(SALES_SEQUENCE, dice.pick(Phrasebook.DISCOVERY_QUESTIONS));
            script.customer().say(dice.pick(Phrasebook.DISCOVERY_ANSWERS));
            TurnText offer = script.agent();
            offer.phrase(SALES_SEQUENCE, dice.pick(Phrasebook.BRIDGE_PHRASES));
            offer.fillPhrase(SALES_SEQUENCE, dice.pick(Phrasebook.BUNDLE_OFFERS), context.slots);
            script.patterns.add(SALES_SEQUENCE);
        } else {
            script.agent().fill(dice.pick(Phrasebook.PRICE_PITCHES), context.slots);
        }
        if (won) {
            script.customer().say(dice.pick(Phrasebook.SALES_WON));
            script.agent().fill(dice.pick(Phrasebook.SALES_CLOSED), context.slots);
            if (dice.chance(0.5)) {
                payByCard();
            }
            script.patterns.add(SALE_WON);
            script.sale = true;
            script.resolved = true;
        } else {
            script.customer().phrase(SALE_LOST, dice.pick(Phrasebook.LOST_OBJECTIONS));
            script.agent().say(dice.pick("No problem, the offer is good until the end of the month.",
                    "Okay, feel free to call us back anytime.", "Understood. Let me know if you have any questions."));
            script.patterns.add(SALE_LOST);
            script.sale = false;
            script.resolved = true;
        }
    }

    private void collections() {
        TurnText opener = script.agent();
        opener.say("Hello, may I speak with");
        opener.pii(PiiType.NAME, context.customer.fullName(), false).glue("?");
        script.customer().say(dice.pick("Speaking.", "Yes, that's me.", "Yes, who's calling?", "This is she.",
                "This is he."));
        TurnText agent = script.agent();
        if (greets) {
            agent.fill(dice.pick("Hi {first}, this is {agent} calling from {company}.",
                    "Good {daypart} {first}, my name is {agent} and I'm calling from {company}."), context.slots);
            script.behaviours.add(GroundTruth.BEHAVIOUR_GREETING);
        } else {
            agent.fill("This is {company}.", context.slots);
        }
        recordingDisclosure(agent);
        if (dice.chance(MINI_MIRANDA_MISSING_RATE)) {
            script.patterns.add(MINI_MIRANDA_MISSING);
        } else {
            agent.say(dice.pick(Phrasebook.MINI_MIRANDAS));
            script.behaviours.add(GroundTruth.BEHAVIOUR_MINI_MIRANDA);
        }
        agent.fill(dice.pick(Phrasebook.COLLECTIONS_BALANCE), context.slots);
        script.customer().say(dice.pick(Phrasebook.COLLECTIONS_CUSTOMER));
        double draw = dice.uniform(0, 1);
        if (draw < 0.28) {
            legalMention();
            return;
        }
        if (draw < 0.40) {
            script.agent().fill(dice.pick(Phrasebook.COLLECTIONS_ASK), context.slots);
            script.customer().fillPhrase(COLLECTIONS_LEGAL_NEGATIVE, dice.pick(Phrasebook.LEGAL_NEGATIVES),
                    context.slots);
            script.patterns.add(COLLECTIONS_LEGAL_NEGATIVE);
        } else {
            script.agent().fill(dice.pick(Phrasebook.COLLECTIONS_ASK), context.slots);
            if (dice.chance(0.35)) {
                script.customer().say(dice.pick("I can't pay anything right now.", "Can we split it up?"));
                TurnText offer = script.agent();
                ownership(offer);
                offer.say("Let me see what I can set up for you.");
                int startIndex = script.lastIndex();
                script.customer().say(dice.pick("Okay.", "Thanks."));
                workingSmallTalk(1);
                script.agent().fill(dice.pick(Phrasebook.PAYMENT_ARRANGEMENT_OFFERS), context.slots);
                script.customer().say(dice.pick("Okay, I can do that.", "Fine."));
                payByCard();
                script.agent().say("The arrangement is in place.");
                process(PAYMENT_ARRANGEMENT, startIndex, script.lastIndex(), 75, false, List.of("billing", "crm"));
                script.resolved = true;
                return;
            }
            script.customer().say(dice.pick("Okay, I can pay it today.", "Fine, let's just pay it.",
                    "I can pay part of it now."));
        }
        payByCard();
        script.resolved = true;
    }

    private void legalMention() {
        List<String> family = switch (dice.between(0, 2)) {
            case 0 -> Phrasebook.LEGAL_BANKRUPTCY;
            case 1 -> Phrasebook.LEGAL_ATTORNEY;
            default -> Phrasebook.LEGAL_LAWYER;
        };
        TurnText customer = script.continueOrAdd(io.touchpoint.core.model.Speaker.CUSTOMER);
        customer.fillPhrase(COLLECTIONS_LEGAL_MENTION, dice.pick(family), context.slots);
        script.patterns.add(COLLECTIONS_LEGAL_MENTION);
        // Seniors handle it correctly far more often; the violations cluster on less experienced agents.
        double handledRate = switch (context.agent.skill) {
            case SimulatedAgent.SENIOR -> 0.9;
            case SimulatedAgent.REGULAR -> 0.7;
            default -> 0.45;
        };
        if (dice.chance(handledRate)) {
            script.agent().fillPhrase(COLLECTIONS_LEGAL_HANDLED, dice.pick(Phrasebook.LEGAL_HANDLED), context.slots);
            script.patterns.add(COLLECTIONS_LEGAL_HANDLED);
            script.customer().say(dice.pick("Thank you.", "Okay, good.", "Fine."));
            script.resolved = true;
        } else {
            script.agent().fillPhrase(COLLECTIONS_LEGAL_VIOLATION, dice.pick(Phrasebook.LEGAL_VIOLATIONS),
                    context.slots);
            script.patterns.add(COLLECTIONS_LEGAL_VIOLATION);
            script.customer().say(dice.pick("Did you not hear what I just said?", "I'm not paying anything.",
                    "I told you, talk to them."));
            if (dice.chance(0.5)) {
                script.agent().fill(dice.pick(Phrasebook.COLLECTIONS_ASK), context.slots);
                script.customer().say(dice.pick("I'm hanging up now.", "We're done here. Goodbye.",
                        "Stop calling me."));
            }
            script.resolved = false;
            customerHungUp = true;
        }
    }

    // ------------------------------------------------------------------ events

    private void churnThreat(boolean alreadySaid) {
        if (!alreadySaid) {
            script.customer().fillPhrase(CHURN_THREAT, dice.pick(Phrasebook.CHURN_THREATS), context.slots);
            script.patterns.add(CHURN_THREAT);
        }
        boolean offer = dice.chance(context.plan.reason == ContactReason.CANCELLATION ? 0.8 : 0.6);
        boolean churner = context.customer.plantedChurner;
        if (offer) {
            script.agent().fillPhrase(RETENTION_OFFER, dice.pick(Phrasebook.RETENTION_OFFERS), context.slots);
            script.patterns.add(RETENTION_OFFER);
            boolean accepted = dice.chance(churner ? 0.05 : 0.55);
            if (accepted) {
                script.customer().phrase(RETENTION_OFFER_ACCEPTED, dice.pick(Phrasebook.RETENTION_ACCEPTS));
                script.patterns.add(RETENTION_OFFER_ACCEPTED);
                script.agent().say(dice.pick("Wonderful, I've applied that to your account.",
                        "Great, I'm glad you're staying with us."));
                script.resolved = true;
                return;
            }
            script.customer().fillPhrase(RETENTION_OFFER_DECLINED, dice.pick(Phrasebook.RETENTION_DECLINES),
                    context.slots);
            script.patterns.add(RETENTION_OFFER_DECLINED);
        }
        if (context.plan.reason == ContactReason.CANCELLATION) {
            script.agent().fill(dice.pick(Phrasebook.CANCELLATION_PROCESSED), context.slots);
            script.resolved = true;
        } else {
            script.agent().say(dice.pick("I understand. I've noted your concerns on the account.",
                    "I hear you, and I'll pass this feedback on."));
        }
    }

    private void harmlessCancel() {
        script.customer().phrase(CHURN_THREAT_NEGATIVE, dice.pick(Phrasebook.CHURN_THREAT_NEGATIVES));
        script.patterns.add(CHURN_THREAT_NEGATIVE);
        script.agent().say(dice.pick("Sure, I've taken care of that.", "No problem, that's done.",
                "Done, you're all set."));
    }

    private void escalation() {
        TurnText customer = script.customer();
        if (dice.chance(0.5)) {
            customer.fillPhrase(ANGRY_CUSTOMER, dice.pick(Phrasebook.ANGRY), context.slots);
        }
        customer.fillPhrase(ESCALATION_REQUEST, dice.pick(Phrasebook.ESCALATIONS), context.slots);
        script.patterns.add(ESCALATION_REQUEST);
        TurnText agent = script.agent();
        if (empathises && !empathySaid) {
            agent.say(dice.pick(Phrasebook.EMPATHY));
            empathySaid = true;
        }
        if (dice.chance(0.5)) {
            agent.say(dice.pick(Phrasebook.ESCALATION_RESPONSES_TRANSFER));
            script.transferred = true;
        } else {
            agent.say(dice.pick(Phrasebook.ESCALATION_RESPONSES_KEEP));
            script.customer().say(dice.pick("Fine.", "Okay, go on.", "Whatever."));
        }
    }

    private void upsell() {
        script.agent().fill(dice.pick(Phrasebook.UPSELLS), context.slots);
        script.behaviours.add(GroundTruth.BEHAVIOUR_UPSELL_ATTEMPT);
        if (dice.chance(0.2)) {
            script.customer().say(dice.pick(Phrasebook.UPSELL_ACCEPTS));
            script.agent().say("Done, I've added it to your account.");
            script.sale = true;
        } else {
            script.customer().say(dice.pick(Phrasebook.UPSELL_DECLINES));
        }
    }

    private void closing() {
        if (closesProperly) {
            script.agent().say(dice.pick(Phrasebook.CLOSING_QUESTIONS));
            script.customer().say(dice.pick(Phrasebook.CUSTOMER_NOTHING_ELSE));
            script.agent().fill(dice.pick(voice ? Phrasebook.CLOSINGS : Phrasebook.CHAT_CLOSINGS), context.slots);
            script.behaviours.add(GroundTruth.BEHAVIOUR_CLOSING);
        } else {
            script.agent().say(dice.pick(Phrasebook.CURT_ENDINGS));
        }
        if (voice || dice.chance(0.4)) {
            script.customer().say(dice.pick(Phrasebook.CUSTOMER_BYES));
        }
    }

    // ------------------------------------------------------------------ pieces

    /** The customer says why they are in touch; the agent then checks their identity. */
    private void customerOpening(List<String> templates) {
        customerTurn().fill(dice.pick(templates), context.slots);
        identityCheck();
    }

    private void agentExplains(List<String> templates) {
        TurnText agent = agentTurn();
        agent.fill(dice.pick(templates), context.slots);
    }

    private void ownership(TurnText agent) {
        if (takesOwnership && !ownershipSaid) {
            agent.say(dice.pick(Phrasebook.OWNERSHIP));
            ownershipSaid = true;
        }
    }

    /** A hold while the agent checks something; with etiquette the agent asks first and thanks afterwards. */
    private void maybeHold(double probability) {
        if (!voice || !dice.chance(probability)) {
            return;
        }
        long hold = dice.between(25_000, 150_000);
        if (holdsPolitely) {
            script.agent().say(dice.pick(Phrasebook.HOLD_REQUESTS));
            script.customer().say(dice.pick(Phrasebook.HOLD_AGREEMENTS));
            script.pauseBeforeNext(hold, true);
            script.agent().say(dice.pick(Phrasebook.HOLD_THANKS));
            script.behaviours.add(GroundTruth.BEHAVIOUR_HOLD_ETIQUETTE);
        } else {
            script.agent().say(dice.pick(Phrasebook.CURT_HOLDS));
            script.pauseBeforeNext(hold, true);
            script.agent().say(dice.pick(Phrasebook.CURT_RETURNS));
        }
        script.behaviours.add(GroundTruth.BEHAVIOUR_HOLD);
    }

    /** Dead air: the agent reads or types without saying so. */
    private void maybeSilence() {
        if (voice && dice.chance(0.12)) {
            script.pauseBeforeNext(dice.between(11_000, 28_000), false);
        }
    }

    private void payByCard() {
        script.agent().say(dice.pick(Phrasebook.CARD_ASKS));
        String[] card = context.cardText();
        TurnText customer = script.customer();
        customer.say(dice.pick("Sure, it's", "Okay, the card number is", "It's", "Ready? It's"));
        customer.pii(PiiType.CARD, card[0], Boolean.parseBoolean(card[1]));
        customer.say(dice.pick(", expiring in March of next year.", ", expiration 09/28.", ".",
                ", and the code on the back is 123."));
        script.agent().say(dice.pick(Phrasebook.PAYMENT_TAKEN));
    }

    private void shippingAddress(double probability) {
        if (!dice.chance(probability)) {
            return;
        }
        TurnText customer = script.customer();
        customer.say(dice.pick("Can you send it to", "Please ship it to", "I moved, so send it to"));
        customer.pii(PiiType.ADDRESS, context.customer.address, false).glue(dice.pick(".", " please.", ", thanks."));
        script.agent().say(dice.pick("Sure, I've updated the shipping address.", "Got it, it will go there."));
    }

    private void callbackNumber(double probability) {
        if (!dice.chance(probability)) {
            return;
        }
        String[] phone = context.phoneText();
        TurnText customer = script.customer();
        customer.say(dice.pick("If anything changes, call me back at", "You can reach me at",
                "Text me updates at"));
        customer.pii(PiiType.PHONE, phone[0], Boolean.parseBoolean(phone[1])).glue(".");
        script.agent().say(dice.pick("Will do.", "Noted, we'll keep you posted."));
    }

    private void process(String name, int startAfter, int endBefore, double medianSeconds, boolean hold,
                         List<String> applications) {
        if (endBefore <= startAfter) {
            return;
        }
        double seconds = Math.max(35, Math.min(180, dice.logNormal(medianSeconds, 0.2)));
        script.process = new Script.ProcessStep(name, Math.round(seconds * 1000), new ArrayList<>(applications),
                startAfter, endBefore, hold);
    }

    private Integer csat() {
        if (dice.chance(0.35)) {
            return null; // most customers skip the survey
        }
        int score;
        if (praises) {
            score = dice.chance(0.85) ? 5 : 4;
        } else if (angry) {
            score = dice.chance(0.7) ? 1 : 2;
        } else if (Boolean.TRUE.equals(script.resolved)) {
            score = dice.chance(0.6) ? 5 : dice.chance(0.7) ? 4 : 3;
        } else {
            score = dice.between(2, 3);
        }
        if (context.agent.skill.equals(SimulatedAgent.JUNIOR) && score > 1 && dice.chance(0.2)) {
            score--;
        }
        return score;
    }
}
