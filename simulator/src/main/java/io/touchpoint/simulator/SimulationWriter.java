package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a simulated contact center as the source files Touchpoint's connectors read:
 * <ul>
 *   <li>{@code interactions.ndjson}: voice, chat, sms and webform interactions, one canonical JSON line each;</li>
 *   <li>{@code email/mailbox.mbox}: the e-mail threads;</li>
 *   <li>{@code social/posts.csv}: the social threads ({@code tweet_id,author_id,inbound,created_at,text,
 *       in_response_to_tweet_id});</li>
 *   <li>{@code customers.csv} and {@code agents.csv}: the CRM and the agent roster;</li>
 *   <li>{@code desktop-events.ndjson}: agent-desktop events, one canonical JSON line each;</li>
 *   <li>{@code ground-truth.json} and {@code ground-truth.md}: what was planted.</li>
 * </ul>
 * Output is UTF-8 with {@code \n} line ends and depends only on the contact center, so equal centers give
 * byte-identical files.
 */
public final class SimulationWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationWriter.class);

    static final List<String> CUSTOMER_COLUMNS = List.of("id", "name", "email", "phone", "handle", "plan",
            "contract_type", "tenure_months", "contract_end", "monthly_charge", "billing", "churned", "churn_date");
    static final List<String> AGENT_COLUMNS = List.of("id", "name", "team", "skill");
    static final List<String> SOCIAL_COLUMNS = List.of("tweet_id", "author_id", "inbound", "created_at", "text",
            "in_response_to_tweet_id");

    private SimulationWriter() {
    }

    /** Writes every file into {@code outDir} (created when missing), replacing files of the same names. */
    public static WrittenFiles write(SimulatedContactCenter center, Path outDir) throws IOException {
        requireNonNull(center, "center is null");
        requireNonNull(outDir, "outDir is null");
        Path root = outDir.toAbsolutePath();
        Files.createDirectories(root.resolve("email"));
        Files.createDirectories(root.resolve("social"));
        WrittenFiles files = new WrittenFiles(root.resolve("interactions.ndjson"), root.resolve("email/mailbox.mbox"),
                root.resolve("social/posts.csv"), root.resolve("customers.csv"), root.resolve("agents.csv"),
                root.resolve("desktop-events.ndjson"), root.resolve("ground-truth.json"),
                root.resolve("ground-truth.md"));

        try (Writer out = writer(files.interactions())) {
            for (Interaction interaction : center.interactions()) {
                if (interaction.channel() != Channel.EMAIL && interaction.channel() != Channel.SOCIAL) {
                    out.write(CanonicalJson.toLine(interaction));
                    out.write('\n');
                }
            }
        }
        writeMailbox(center, files.mailbox());
        writeSocial(center, files.socialPosts());
        writeCustomers(center.customers(), files.customers());
        writeAgents(center.agents(), files.agents());
        try (Writer out = writer(files.desktopEvents())) {
            for (DesktopEvent event : center.desktopEvents()) {
                out.write(CanonicalJson.toLine(event));
                out.write('\n');
            }
        }
        center.truth().write(files.groundTruth());
        Files.writeString(files.groundTruthDescription(), GroundTruthDescription.markdown(center),
                StandardCharsets.UTF_8);
        LOG.info("Wrote {} interactions and {} desktop events to {}", center.interactions().size(),
                center.desktopEvents().size(), root);
        return files;
    }

    private static void writeMailbox(SimulatedContactCenter center, Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        center.customers().forEach(customer -> {
            if (customer.email() != null) {
                names.put(customer.email(), customer.name());
            }
        });
        MailboxWriter mailbox = new MailboxWriter(names, center.truth().reasonByInteraction());
        try (Writer out = writer(file)) {
            for (Interaction interaction : center.interactions()) {
                if (interaction.channel() == Channel.EMAIL) {
                    mailbox.write(interaction, out);
                }
            }
        }
    }

    private static void writeSocial(SimulatedContactCenter center, Path file) throws IOException {
        try (Writer out = writer(file); SequenceWriter rows = csv(SOCIAL_COLUMNS, out)) {
            for (Interaction interaction : center.interactions()) {
                if (interaction.channel() != Channel.SOCIAL) {
                    continue;
                }
                long root = Long.parseLong(interaction.id().substring("social:".length()));
                List<Turn> turns = interaction.turns();
                for (int i = 0; i < turns.size(); i++) {
                    Turn turn = turns.get(i);
                    boolean inbound = turn.speaker() == Speaker.CUSTOMER;
                    rows.write(new String[] {
                            String.valueOf(root + i),
                            inbound ? interaction.customer().handle() : Vocabulary.SOCIAL_HANDLE,
                            inbound ? "True" : "False",
                            interaction.startedAt().plusMillis(turn.startMs()).toString(),
                            turn.text(),
                            i == 0 ? "" : String.valueOf(root + i - 1)});
                }
            }
        }
    }

    private static void writeCustomers(List<Customer> customers, Path file) throws IOException {
        try (Writer out = writer(file); SequenceWriter rows = csv(CUSTOMER_COLUMNS, out)) {
            for (Customer customer : customers) {
                String billing = customer.billing().stream()
                        .map(SimulationWriter::billingEntry)
                        .collect(Collectors.joining(";"));
                rows.write(new String[] {
                        customer.id(), text(customer.name()), text(customer.email()), text(customer.phone()),
                        text(customer.handle()), text(customer.plan()), text(customer.contractType()),
                        customer.tenureMonths() == null ? "" : customer.tenureMonths().toString(),
                        customer.contractEnd() == null ? "" : customer.contractEnd().toString(),
                        customer.monthlyCharge() == null ? "" : money(customer.monthlyCharge()),
                        billing,
                        String.valueOf(Boolean.TRUE.equals(customer.churned())),
                        customer.churnDate() == null ? "" : customer.churnDate().toString()});
            }
        }
    }

    private static void writeAgents(List<Agent> agents, Path file) throws IOException {
        try (Writer out = writer(file); SequenceWriter rows = csv(AGENT_COLUMNS, out)) {
            for (Agent agent : agents) {
                rows.write(new String[] {agent.id(), text(agent.name()), text(agent.team()), text(agent.skill())});
            }
        }
    }

    static String billingEntry(BillingRecord record) {
        return record.month() + ":" + money(record.amount());
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static SequenceWriter csv(List<String> columns, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        return new CsvMapper().writer(schema.build().withHeader().withLineSeparator("\n")).writeValues(out);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
