package io.touchpoint.simulator;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The human-readable companion of {@code ground-truth.json}: what was planted, with the numbers of this run. */
final class GroundTruthDescription {

    private GroundTruthDescription() {
    }

    static String markdown(SimulatedContactCenter center) {
        GroundTruth truth = center.truth();
        StringBuilder md = new StringBuilder();
        md.append("# Simulated contact center: ground truth\n\n");
        md.append(String.format(Locale.ROOT, "Seed %d, %d interactions over %d days from %s, %d customers, %d agents, "
                        + "%d desktop events. The machine-readable truth is `ground-truth.json` (read it with "
                        + "`GroundTruth.read(Path)`).%n%n", truth.seed(), truth.interactionCount(), truth.days(),
                truth.startDate(), center.customers().size(), center.agents().size(), center.desktopEvents().size()));

        md.append("## Channels\n\n| channel | interactions | file |\n| --- | ---: | --- |\n");
        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        for (Interaction interaction : center.interactions()) {
            channels.merge(interaction.channel(), 1, Integer::sum);
        }
        channels.forEach((channel, count) -> md.append("| ").append(channel.wireName()).append(" | ").append(count)
                .append(" | ").append(switch (channel) {
                    case EMAIL -> "`email/mailbox.mbox` (thread id `email:` + root Message-ID)";
                    case SOCIAL -> "`social/posts.csv` (thread id `social:` + root tweet_id)";
                    default -> "`interactions.ndjson`";
                }).append(" |\n"));

        md.append("\n## Contact reasons\n\n| reason | interactions |\n| --- | ---: |\n");
        Map<String, Integer> reasons = new TreeMap<>();
        truth.reasonByInteraction().values().forEach(reason -> reasons.merge(reason, 1, Integer::sum));
        reasons.forEach((reason, count) -> md.append("| ").append(reason).append(" | ").append(count).append(" |\n"));

        md.append("\n## Planted patterns\n\n| pattern | interactions | meaning |\n| --- | ---: | --- |\n");
        for (String pattern : GroundTruth.PATTERNS) {
            md.append("| `").append(pattern).append("` | ").append(truth.interactions(pattern).size()).append(" | ")
                    .append(meaning(pattern)).append(" |\n");
        }

        md.append("\n## Details\n\n");
        md.append("- Early-transfer agents: ").append(String.join(", ", truth.earlyTransferAgents()))
                .append(" (transfers within 10 s of the call's start concentrate on them).\n");
        md.append("- Outage spike: region `").append(truth.outageSpike().region()).append("` on ")
                .append(truth.outageSpike().days()).append(String.format(Locale.ROOT,
                        ", outage contacts about %.0fx the region's usual (interaction attribute `region`).%n",
                        truth.outageSpike().multiplier()));
        md.append("- Planted churners: ").append(truth.churners().size())
                .append(" customers (churned=true in `customers.csv`, with signals before the churn date); ")
                .append(truth.unsignalledChurners().size()).append(" other customers churned without signals.\n");
        long planted = truth.repeatContacts().stream().filter(GroundTruth.RepeatContact::planted).count();
        md.append("- Repeat contacts (same customer, same reason, within 7 days): ").append(truth.repeatContacts().size())
                .append(", of which ").append(planted).append(" planted and the rest by chance.\n");
        md.append("- PII items: ").append(truth.pii().size()).append(" (types CARD, SSN, PHONE, EMAIL, DOB, ADDRESS, NAME; "
                + "spans are character offsets in the turn text); decoys that are not PII: ")
                .append(truth.piiDecoys().size()).append(" (ORDER_ID, AMOUNT, TIMESTAMP, CASE_NUMBER, PET_NAME).\n");
        md.append("- Sales: won calls mostly follow a discovery question, a bridge phrase (")
                .append(String.join(" / ", truth.salesPhrases().bridgePhrases()))
                .append(") and a bundle offer; lost calls mostly pitch a price and meet an objection.\n");
        md.append("- Agent behaviours per voice/chat interaction: ").append(String.join(", ", GroundTruth.BEHAVIOURS))
                .append("; juniors show them about half the time, seniors nearly always.\n");

        md.append("\n## Desktop processes\n\n").append(truth.costModel().description()).append(".\n\n");
        md.append("| process | count | median s | mean s | applications | yearly volume | yearly value of saving ")
                .append(truth.costModel().secondsSaved()).append(" s |\n| --- | ---: | ---: | ---: | --- | ---: | ---: |\n");
        for (GroundTruth.ProcessStats stats : truth.processes()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %.0f | %.2f %s |%n", stats.process(),
                    stats.count(), stats.medianSeconds(), stats.meanSeconds(), String.join(", ", stats.applications()),
                    stats.annualVolume(), stats.yearlyValueOfSaving(), truth.costModel().currency()));
        }
        md.append("\n`account_open` is planted slow (about four minutes, four systems, customer on hold); the others "
                + "take one to one and a half minutes while the conversation goes on. Some desktop events carry "
                + "`interactionId`; the rest must be matched by agent and time. After-call work follows each call.\n");
        return md.toString();
    }

    private static String meaning(String pattern) {
        return switch (pattern) {
            case GroundTruth.EARLY_TRANSFER -> "call transferred within 10 s of its start";
            case GroundTruth.CHURN_THREAT -> "customer threatens to cancel or switch provider";
            case GroundTruth.CHURN_THREAT_NEGATIVE -> "harmless \"cancel\" (an order, a callback): not a threat";
            case GroundTruth.RETENTION_OFFER -> "agent made a retention offer";
            case GroundTruth.RETENTION_OFFER_ACCEPTED -> "customer accepted the retention offer";
            case GroundTruth.RETENTION_OFFER_DECLINED -> "customer declined the retention offer";
            case GroundTruth.COLLECTIONS_LEGAL_MENTION -> "collections call: customer said bankruptcy, attorney or lawyer";
            case GroundTruth.COLLECTIONS_LEGAL_HANDLED -> "agent then stopped collecting (compliant)";
            case GroundTruth.COLLECTIONS_LEGAL_VIOLATION -> "agent kept asking for payment (violation)";
            case GroundTruth.COLLECTIONS_LEGAL_NEGATIVE -> "legal words used harmlessly (\"my lawyer friend\", \"my dog Sue\")";
            case GroundTruth.RECORDING_DISCLOSURE_MISSING -> "call without \"this call may be recorded\"";
            case GroundTruth.MINI_MIRANDA_MISSING -> "collections call without the mini-Miranda";
            case GroundTruth.ANGRY_CUSTOMER -> "strongly negative customer";
            case GroundTruth.ESCALATION_REQUEST -> "customer asked for a manager or supervisor";
            case GroundTruth.PRAISE -> "customer praised the service";
            case GroundTruth.REPEAT_CONTACT -> "same customer, same reason, within 7 days of an earlier contact";
            case GroundTruth.OUTAGE_SPIKE -> "outage contacts of the spike region on the spike days";
            case GroundTruth.PII -> "customer said or wrote personal data";
            case GroundTruth.PII_DECOY -> "contains look-alikes that are not personal data";
            case GroundTruth.CHURN_SIGNAL -> "planted churner's contact before churning";
            case GroundTruth.SALE_WON -> "sales conversation won";
            case GroundTruth.SALE_LOST -> "sales conversation lost";
            case GroundTruth.SALES_SEQUENCE -> "discovery question, then bridge phrase, then bundle offer";
            case GroundTruth.HOLD -> "call with a hold of 10 s or more";
            case GroundTruth.LONG_SILENCE -> "call with a silence of 10 s or more that is not a hold";
            case GroundTruth.NOISE -> "none of the above except PII, decoys, holds and silences";
            default -> "";
        };
    }
}
