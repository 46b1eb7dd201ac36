package io.touchpoint.simulator;

import static io.touchpoint.simulator.GroundTruth.ANGRY_CUSTOMER;
import static io.touchpoint.simulator.GroundTruth.CHURN_THREAT;
import static io.touchpoint.simulator.GroundTruth.CHURN_THREAT_NEGATIVE;
import static io.touchpoint.simulator.GroundTruth.ESCALATION_REQUEST;
import static io.touchpoint.simulator.GroundTruth.PRAISE;
import static io.touchpoint.simulator.GroundTruth.REPEAT_CONTACT;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER_ACCEPTED;
import static io.touchpoint.simulator.GroundTruth.RETENTION_OFFER_DECLINED;
import static io.touchpoint.simulator.GroundTruth.SALE_LOST;
import static io.touchpoint.simulator.GroundTruth.SALE_WON;

import io.touchpoint.core.model.Channel;
import io.touchpoint.simulator.GroundTruth.PiiType;
import java.util.List;

/**
 * Writes one conversation on a written, asynchronous channel: an e-mail thread, an SMS exchange, a social
 * thread or a web form with the agent's reply. Shorter than a live conversation, with the same planted events
 * where they fit the channel.
 */
final class WrittenConversation {

    private final StoryContext context;
    private final Dice dice;
    private final Script script;
    private final Channel channel;
    private final boolean angry;
    private final boolean threatens;
    /** The device problem of a device contact, so that the reply answers the question asked. */
    private final Phrasebook.DeviceIssue deviceIssue;

    WrittenConversation(StoryContext context) {
        this.context = context;
        this.dice = context.dice;
        this.channel = context.channel;
        this.script = new Script(context.style(false), context.style(true));
        Plan plan = context.plan;
        boolean churnSignal = plan.churnSignal != Plan.ChurnSignal.NONE;
        double angryRate = channel == Channel.SOCIAL ? 0.3 : 0.08;
        angry = dice.chance(churnSignal ? 0.6 : plan.followUpOf != null ? angryRate + 0.15 : angryRate);
        threatens = plan.reason == ContactReason.CANCELLATION
                || plan.churnSignal == Plan.ChurnSignal.FINAL && dice.chance(0.8)
                || plan.reason != ContactReason.ACCOUNT_OPENING && plan.reason != ContactReason.SALES
                        && dice.chance(angry ? 0.12 : 0.02);
        deviceIssue = dice.pick(Phrasebook.DEVICE_ISSUES);
    }

    Script compose() {
        switch (channel) {
            case EMAIL -> email();
            case SMS -> sms();
            case SOCIAL -> social();
            case WEBFORM -> webform();
            default -> throw new IllegalStateException("not a written channel: " + channel);
        }
        if (angry) {
            script.patterns.add(ANGRY_CUSTOMER);
        }
        return script;
    }

    // ------------------------------------------------------------------ channels

    private void email() {
        TurnText first = script.customer();
        first.say(dice.pick("Hello,", "Hi,", "Dear Telco team,", "Hi there,", "To whom it may concern,")).glue("\n\n");
        complaint(first);
        if (dice.chance(0.2)) {
            String[] phone = context.phoneText();
            first.say("You can reach me at");
            first.pii(PiiType.PHONE, phone[0], false).glue(".");
        }
        first.glue("\n\n").glue(dice.pick(Phrasebook.EMAIL_SIGNOFFS)).glue("\n");
        first.pii(PiiType.NAME, dice.chance(0.5) ? context.customer.firstName : context.customer.fullName(), false);

        TurnText reply = script.agent();
        reply.fill("Hi {first},", context.slots).glue("\n\n");
        reply.fill("Thank you for contacting {company}.", context.slots);
        if (angry || problem(context.plan.reason) && dice.chance(0.4)) {
            reply.say(dice.pick(Phrasebook.EMPATHY));
        }
        resolution(reply);
        boolean offered = threatens && retentionOffer(reply);
        reply.glue("\n\n").glue(dice.pick(Phrasebook.AGENT_EMAIL_SIGNOFFS)).glue("\n");
        reply.fill("{agent}", context.slots).glue("\n").glue(Vocabulary.COMPANY + " Customer Care");

        if (offered || dice.chance(0.45)) {
            TurnText answer = script.customer();
            if (offered) {
                retentionAnswer(answer);
            } else if (angry && dice.chance(0.5)) {
                answer.fillPhrase(ESCALATION_REQUEST, dice.pick("I want to speak to a manager about this.",
                        "Please escalate this to a supervisor.", "I'd like this escalated to a manager."), context.slots);
                script.patterns.add(ESCALATION_REQUEST);
            } else if (dice.chance(0.25)) {
                answer.fillPhrase(PRAISE, dice.pick("Thank you so much, that was really helpful!",
                        "Great service, thanks for the quick reply."), context.slots);
                script.patterns.add(PRAISE);
            } else {
                answer.say(dice.pick("Thanks, that worked.", "Thank you for the quick answer.",
                        "That doesn't really answer my question, but okay.", "Got it, thanks."));
            }
            if (dice.chance(0.3)) {
                TurnText last = script.agent();
                last.fill("Hi {first},", context.slots).glue("\n\n");
                last.say(dice.pick("You're welcome, glad we could help.", "I've passed this on to my supervisor, "
                        + "who will reply within two business days.", "Thanks for letting us know."));
                last.glue("\n\n").glue(dice.pick(Phrasebook.AGENT_EMAIL_SIGNOFFS)).glue("\n");
                last.fill("{agent}", context.slots);
            }
        }
    }

    private void sms() {
        TurnText first = script.customer();
        complaint(first);
        TurnText reply = script.agent();
        if (context.plan.reason == ContactReason.OUTAGE) {
            reply.fill(dice.pick(Phrasebook.SMS_OUTAGE_REPLIES), context.slots);
        } else if (dice.chance(0.4)) {
            reply.fill(dice.pick(Phrasebook.SMS_AGENT_REPLIES), context.slots);
        } else {
            resolution(reply);
        }
        boolean offered = threatens && retentionOffer(reply);
        if (offered) {
            retentionAnswer(script.customer());
        } else if (dice.chance(0.5)) {
            script.customer().say(dice.pick("ok thanks", "thx", "Still not working", "ok"));
        }
        script.resolved = !angry && dice.chance(0.7);
        script.transferred = false;
    }

    private void social() {
        TurnText post = script.customer();
        Plan plan = context.plan;
        if (plan.followUpOf != null) {
            post.fillPhrase(REPEAT_CONTACT, dice.pick(Phrasebook.FOLLOW_UP_PREFIXES), context.slots);
        }
        boolean praise = !angry && dice.chance(0.12);
        if (praise) {
            post.fillPhrase(PRAISE, dice.pick(Phrasebook.SOCIAL_PRAISE), context.slots);
            script.patterns.add(PRAISE);
        } else if (angry) {
            post.fillPhrase(ANGRY_CUSTOMER, dice.pick(Phrasebook.SOCIAL_COMPLAINTS), context.slots);
        } else if (plan.reason == ContactReason.OUTAGE || dice.chance(0.3)) {
            post.fill(dice.pick(Phrasebook.SOCIAL_QUESTIONS), context.slots);
        } else {
            post.fill(dice.pick(openings(plan.reason)), context.slots);
        }
        if (threatens) {
            post.fillPhrase(CHURN_THREAT, dice.pick("switching to {competitor} if this isn't fixed.",
                    "I'm going to cancel my service.", "I'm thinking about switching to another provider."),
                    context.slots);
            script.patterns.add(CHURN_THREAT);
        }
        script.agent().fill(dice.pick(Phrasebook.SOCIAL_AGENT_REPLIES), context.slots);
        if (dice.chance(0.5)) {
            TurnText answer = script.customer();
            if (dice.chance(0.04)) {
                // People do post their number publicly when asked to DM.
                String[] phone = context.phoneText();
                answer.say("just call me at");
                answer.pii(PiiType.PHONE, phone[0], false);
            } else {
                answer.say(dice.pick("DM sent", "sent you a DM", "still down btw", "ok thanks",
                        "done, waiting for a reply"));
            }
            if (dice.chance(0.5)) {
                script.agent().say(dice.pick("Thanks! We've replied in DM.", "Got it, we're looking into it now.",
                        "Thanks for your patience, a technician is on the way."));
            }
        }
    }

    private void webform() {
        TurnText form = script.customer();
        form.glue("Name: ");
        form.pii(PiiType.NAME, context.customer.fullName(), false);
        form.glue("\nEmail: ");
        form.pii(PiiType.EMAIL, context.customer.email, false);
        if (dice.chance(0.6)) {
            form.glue("\nPhone: ");
            form.pii(PiiType.PHONE, PiiFactory.phoneAsText(context.customer.phone, dice.between(0, 3)), false);
        }
        form.glue("\nTopic: " + topic(context.plan.reason) + "\nMessage: ");
        complaint(form);
        if (dice.chance(0.5)) {
            TurnText reply = script.agent();
            reply.fill("Hi {first}, thank you for your message.", context.slots);
            resolution(reply);
            if (threatens) {
                retentionOffer(reply); // the form has no reply channel, so the outcome stays unknown
            }
            script.resolved = dice.chance(0.7);
        } else {
            script.resolved = false;
        }
        script.transferred = false;
    }

    // ------------------------------------------------------------------ pieces

    /** The customer's statement: repeat prefix, anger, the reason, a threat or a harmless cancel. */
    private void complaint(TurnText text) {
        Plan plan = context.plan;
        if (plan.followUpOf != null) {
            text.fillPhrase(REPEAT_CONTACT, dice.pick(Phrasebook.FOLLOW_UP_PREFIXES), context.slots);
        }
        if (angry) {
            text.fillPhrase(ANGRY_CUSTOMER, dice.pick(Phrasebook.ANGRY), context.slots);
        }
        if (plan.reason == ContactReason.CANCELLATION) {
            text.fillPhrase(CHURN_THREAT, dice.pick(Phrasebook.CHURN_THREATS), context.slots);
            script.patterns.add(CHURN_THREAT);
            return;
        }
        List<String> openings = plan.churnSignal == Plan.ChurnSignal.BILLING_SPIKE
                ? Phrasebook.BILLING_SPIKE_OPENINGS : openings(plan.reason);
        text.fill(dice.pick(openings), context.slots);
        if (plan.reason == ContactReason.PAYMENT_ARRANGEMENT && channel == Channel.EMAIL && dice.chance(0.15)) {
            // Some customers put their card number straight into an e-mail.
            String[] card = context.cardText();
            text.say("You can charge my card");
            text.pii(PiiType.CARD, card[0], false).glue(" for the first part.");
        }
        if (threatens) {
            text.fillPhrase(CHURN_THREAT, dice.pick(Phrasebook.CHURN_THREATS), context.slots);
            script.patterns.add(CHURN_THREAT);
        } else if (dice.chance(0.03)) {
            text.phrase(CHURN_THREAT_NEGATIVE, dice.pick(Phrasebook.CHURN_THREAT_NEGATIVES));
            script.patterns.add(CHURN_THREAT_NEGATIVE);
        }
    }

    private void resolution(TurnText reply) {
        List<String> answers = switch (context.plan.reason) {
            case BILLING -> Phrasebook.BILLING_RESOLUTIONS;
            case OUTAGE -> Phrasebook.OUTAGE_CONFIRMED;
            case PLAN_CHANGE -> Phrasebook.PLAN_CHANGE_DONE;
            case DEVICE -> List.of(deviceIssue.resolution());
            case ACCOUNT_OPENING -> List.of("To open an account, please call us or visit a store with a photo ID.",
                    "You can open an account online in a few minutes, or call us and we'll do it together.");
            case PAYMENT_ARRANGEMENT -> Phrasebook.PAYMENT_ARRANGEMENT_OFFERS;
            case TECH_SUPPORT -> Phrasebook.TECH_STEPS;
            case SALES -> Phrasebook.PRICE_PITCHES;
            case CANCELLATION -> List.of("We're sorry to see you go. To cancel, please call our retention team.",
                    "I can help with that. Before you decide, I'd like to make sure we've done everything we can.");
            case COLLECTIONS -> List.of("Please call us to discuss your balance.");
        };
        reply.fill(dice.pick(answers), context.slots);
        if (context.plan.reason == ContactReason.SALES) {
            boolean won = dice.chance(0.3);
            script.sale = won;
            script.patterns.add(won ? SALE_WON : SALE_LOST);
        }
    }

    /** Offers to keep the customer where the channel allows; returns whether an offer was made. */
    private boolean retentionOffer(TurnText reply) {
        if (!dice.chance(0.6)) {
            return false;
        }
        reply.fillPhrase(RETENTION_OFFER, dice.pick(Phrasebook.RETENTION_OFFERS), context.slots);
        script.patterns.add(RETENTION_OFFER);
        return true;
    }

    private void retentionAnswer(TurnText answer) {
        boolean accepted = dice.chance(context.customer.plantedChurner ? 0.05 : 0.5);
        if (accepted) {
            answer.phrase(RETENTION_OFFER_ACCEPTED, dice.pick(Phrasebook.RETENTION_ACCEPTS));
            script.patterns.add(RETENTION_OFFER_ACCEPTED);
        } else {
            answer.fillPhrase(RETENTION_OFFER_DECLINED, dice.pick(Phrasebook.RETENTION_DECLINES), context.slots);
            script.patterns.add(RETENTION_OFFER_DECLINED);
        }
    }

    private static boolean problem(ContactReason reason) {
        return switch (reason) {
            case BILLING, OUTAGE, DEVICE, TECH_SUPPORT, PAYMENT_ARRANGEMENT, CANCELLATION -> true;
            default -> false;
        };
    }

    private List<String> openings(ContactReason reason) {
        return switch (reason) {
            case BILLING -> Phrasebook.BILLING_OPENINGS;
            case OUTAGE -> Phrasebook.OUTAGE_OPENINGS;
            case PLAN_CHANGE -> Phrasebook.PLAN_CHANGE_OPENINGS;
            case DEVICE -> List.of(deviceIssue.opening());
            case ACCOUNT_OPENING -> Phrasebook.ACCOUNT_OPENINGS;
            case PAYMENT_ARRANGEMENT -> Phrasebook.PAYMENT_ARRANGEMENT_OPENINGS;
            case TECH_SUPPORT -> Phrasebook.TECH_OPENINGS;
            case SALES -> Phrasebook.SALES_OPENINGS;
            case CANCELLATION, COLLECTIONS -> Phrasebook.CHURN_THREATS;
        };
    }

    private static String topic(ContactReason reason) {
        return switch (reason) {
            case BILLING, PAYMENT_ARRANGEMENT, COLLECTIONS -> "Billing";
            case OUTAGE, TECH_SUPPORT -> "Technical support";
            case PLAN_CHANGE, SALES -> "Plans and offers";
            case DEVICE -> "Devices";
            case ACCOUNT_OPENING -> "New account";
            case CANCELLATION -> "Cancel service";
        };
    }
}
