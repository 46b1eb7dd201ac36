package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written files follow the formats the connectors read, and read back to the generated records. */
class SimulationWriterTest {

    @TempDir
    static Path folder;
    private static SimulatedContactCenter center;
    private static WrittenFiles files;
    private static Map<String, Interaction> byId;

    @BeforeAll
    static void write() throws IOException {
        center = new ContactCenterSimulator(SimulationConfig.of(1_200, 77L)).generate();
        files = SimulationWriter.write(center, folder.resolve("out"));
        byId = center.interactions().stream().collect(Collectors.toMap(Interaction::id, Function.identity()));
    }

    @Test
    void writesEveryFileIntoTheOutputFolder() {
        assertThat(files.all()).hasSize(8).allSatisfy(file -> {
            assertThat(file).exists().isRegularFile();
            assertThat(file.startsWith(folder.resolve("out").toAbsolutePath())).isTrue();
        });
        assertThat(files.mailbox()).hasFileName("mailbox.mbox");
        assertThat(files.mailbox().getParent()).hasFileName("email");
        assertThat(files.socialPosts().getParent()).hasFileName("social");
    }

    @Test
    void canonicalLinesReadBackToTheSameInteractions() throws Exception {
        List<String> lines = Files.readAllLines(files.interactions());
        long expected = center.interactions().stream()
                .filter(i -> i.channel() != Channel.EMAIL && i.channel() != Channel.SOCIAL).count();
        assertThat(lines).hasSize((int) expected);
        for (String line : lines) {
            Interaction read = CanonicalJson.readInteraction(CanonicalJson.mapper().readTree(line));
            assertThat(read).isEqualTo(byId.get(read.id()));
            assertThat(read.channel()).isIn(Channel.VOICE, Channel.CHAT, Channel.SMS, Channel.WEBFORM);
        }
    }

    @Test
    void desktopEventLinesReadBackInOrder() throws Exception {
        List<String> lines = Files.readAllLines(files.desktopEvents());
        assertThat(lines).hasSize(center.desktopEvents().size());
        for (int i = 0; i < lines.size(); i += 7) {
            DesktopEvent read = CanonicalJson.readDesktopEvent(CanonicalJson.mapper().readTree(lines.get(i)));
            assertThat(read).isEqualTo(center.desktopEvents().get(i));
        }
    }

    @Test
    void groundTruthReadsBackEqual() throws IOException {
        GroundTruth read = GroundTruth.read(files.groundTruth());
        assertThat(read).isEqualTo(center.truth());
        assertThat(Files.readString(files.groundTruthDescription()))
                .contains("# Simulated contact center: ground truth", "account_open", "early_transfer",
                        center.truth().outageSpike().region());
    }

    @Test
    void customerCsvHasTheAgreedColumnsAndValues() throws IOException {
        List<Map<String, String>> rows = readCsv(files.customers());
        assertThat(Files.readAllLines(files.customers()).getFirst()).isEqualTo(
                "id,name,email,phone,handle,plan,contract_type,tenure_months,contract_end,monthly_charge,billing,churned,churn_date");
        assertThat(rows).hasSize(center.customers().size());
        Map<String, Customer> customers = center.customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        for (Map<String, String> row : rows) {
            Customer customer = customers.get(row.get("id"));
            assertThat(row.get("email")).isEqualTo(customer.email());
            assertThat(row.get("phone")).isEqualTo(customer.phone()).startsWith("+1");
            assertThat(row.get("handle")).isEqualTo(customer.handle());
            assertThat(row.get("billing")).matches("(\\d{4}-\\d{2}:\\d+\\.\\d{2};){5,}\\d{4}-\\d{2}:\\d+\\.\\d{2}");
            assertThat(row.get("churned")).isIn("true", "false");
            assertThat(row.get("churn_date").isEmpty()).isEqualTo(row.get("churned").equals("false"));
            assertThat(row.get("monthly_charge")).matches("\\d+\\.\\d{2}");
        }
        assertThat(Files.readAllLines(files.agents()).getFirst()).isEqualTo("id,name,team,skill");
        assertThat(readCsv(files.agents())).hasSize(40).allSatisfy(row ->
                assertThat(row.get("skill")).isIn("junior", "regular", "senior"));
    }

    @Test
    void socialCsvThreadsRepliesToTheirRootTweet() throws IOException {
        assertThat(Files.readAllLines(files.socialPosts()).getFirst())
                .isEqualTo("tweet_id,author_id,inbound,created_at,text,in_response_to_tweet_id");
        List<Map<String, String>> rows = readCsv(files.socialPosts());
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Map<String, String>> byTweet = new HashMap<>();
        for (Map<String, String> row : rows) {
            byTweet.put(row.get("tweet_id"), row);
            parentOf.put(row.get("tweet_id"), row.get("in_response_to_tweet_id"));
            assertThat(row.get("inbound")).isIn("True", "False");
            assertThat(Instant.parse(row.get("created_at"))).isNotNull();
            assertThat(row.get("created_at")).endsWith("Z");
        }
        int threads = 0;
        for (Interaction interaction : center.interactions()) {
            if (interaction.channel() != Channel.SOCIAL) {
                continue;
            }
            threads++;
            String root = interaction.id().substring("social:".length());
            assertThat(parentOf.get(root)).isEmpty();
            String tweet = root;
            for (int i = 0; i < interaction.turns().size(); i++) {
                Turn turn = interaction.turns().get(i);
                Map<String, String> row = byTweet.get(tweet);
                assertThat(row.get("text")).isEqualTo(turn.text());
                boolean inbound = turn.speaker() == Speaker.CUSTOMER;
                assertThat(row.get("author_id")).isEqualTo(inbound ? interaction.customer().handle() : "TelcoCare");
                assertThat(Instant.parse(row.get("created_at"))).isEqualTo(interaction.startedAt().plusMillis(turn.startMs()));
                String next = String.valueOf(Long.parseLong(tweet) + 1);
                if (i + 1 < interaction.turns().size()) {
                    assertThat(parentOf.get(next)).isEqualTo(tweet);
                }
                tweet = next;
            }
        }
        assertThat(rows.size()).isEqualTo(center.interactions().stream().filter(i -> i.channel() == Channel.SOCIAL)
                .mapToInt(i -> i.turns().size()).sum());
        assertThat(threads).isGreaterThan(50);
    }

    @Test
    void mailboxParsesAsThreadedMessagesWhoseNewTextIsTheTurnText() throws IOException {
        List<Message> messages = readMailbox(files.mailbox());
        List<Interaction> threads = center.interactions().stream().filter(i -> i.channel() == Channel.EMAIL).toList();
        assertThat(messages).hasSize(threads.stream().mapToInt(i -> i.turns().size()).sum());
        Map<String, Message> byMessageId = new HashMap<>();
        messages.forEach(message -> byMessageId.put(strip(message.getMessageId()), message));
        int quoted = 0;
        int signed = 0;
        int html = 0;
        for (Interaction thread : threads) {
            String root = thread.id().substring("email:".length());
            List<String> chain = new ArrayList<>();
            for (int i = 0; i < thread.turns().size(); i++) {
                String messageId = root.replace(".1@", "." + (i + 1) + "@");
                Message message = byMessageId.get(messageId);
                assertThat(message).as(messageId).isNotNull();
                Turn turn = thread.turns().get(i);
                String from = message.getFrom().getFirst().getAddress();
                if (turn.speaker() == Speaker.AGENT) {
                    assertThat(from).endsWith("@care.sim.touchpoint.example");
                    assertThat(header(message, "X-Agent-Id")).isEqualTo(thread.agentId());
                    assertThat(header(message, "X-Queue")).isEqualTo(thread.queue());
                } else {
                    assertThat(from).isEqualTo(thread.customer().email());
                }
                if (i == 0) {
                    assertThat(turn.speaker()).isEqualTo(Speaker.CUSTOMER);
                    assertThat(header(message, "In-Reply-To")).isNull();
                } else {
                    assertThat(strip(header(message, "In-Reply-To"))).isEqualTo(chain.getLast());
                    assertThat(header(message, "References")).isEqualTo(chain.stream().map(id -> "<" + id + ">")
                            .collect(Collectors.joining(" ")));
                }
                assertThat(message.getDate().toInstant()).isEqualTo(thread.startedAt().plusMillis(turn.startMs()));
                if (message.isMultipart()) {
                    html++;
                }
                String body = plainText(message).replace("\r\n", "\n");
                quoted += body.contains(" wrote:\n> ") ? 1 : 0;
                signed += body.contains("\n-- \n") ? 1 : 0;
                assertThat(stripQuoteAndSignature(body)).as(messageId).isEqualTo(turn.text());
                chain.add(messageId);
            }
        }
        assertThat(quoted).isPositive();
        assertThat(signed).isPositive();
        assertThat(html).isPositive();
    }

    /** What the e-mail connector does: cut the signature and the quoted previous message. */
    private static String stripQuoteAndSignature(String body) {
        String text = body.replace("\r\n", "\n");
        int cut = text.length();
        int signature = text.indexOf("\n-- \n");
        if (signature >= 0) {
            cut = Math.min(cut, signature);
        }
        java.util.regex.Matcher quote = java.util.regex.Pattern.compile("\\n\\nOn [^\\n]+ wrote:\\n").matcher(text);
        if (quote.find()) {
            cut = Math.min(cut, quote.start());
        }
        return text.substring(0, cut).strip();
    }

    private static String plainText(Entity entity) throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                if ("text/plain".equals(part.getMimeType())) {
                    return plainText(part);
                }
            }
            throw new AssertionError("multipart without text/plain");
        }
        try (var reader = ((TextBody) body).getReader()) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        }
    }

    private static String header(Message message, String name) {
        var field = message.getHeader().getField(name);
        return field == null ? null : field.getBody().trim();
    }

    private static String strip(String messageId) {
        return messageId.trim().replaceAll("^<|>$", "");
    }

    /** Splits the mbox at its "From " separator lines and parses each message with mime4j. */
    static List<Message> readMailbox(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Message> messages = new ArrayList<>();
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        StringBuilder current = null;
        for (int i = 0; i <= lines.size(); i++) {
            boolean separator = i == lines.size()
                    || lines.get(i).startsWith("From ") && (i == 0 || lines.get(i - 1).isEmpty());
            if (separator) {
                if (current != null) {
                    messages.add(builder.parseMessage(new ByteArrayInputStream(
                            current.toString().getBytes(StandardCharsets.UTF_8))));
                }
                current = new StringBuilder();
            } else {
                current.append(lines.get(i)).append("\r\n");
            }
        }
        return messages;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
