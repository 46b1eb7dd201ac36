package io.touchpoint.ingest.email;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.RecordSink;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail: {@code .eml} files (one message each) and mbox files ({@code .mbox}, {@code .mbx}, or
 * any file starting with {@code "From "}), parsed with Apache James mime4j.
 *
 * <p><b>Threads.</b> Messages are linked by Message-ID, In-Reply-To and References into one
 * interaction per thread, with one turn per message in time order (turn time = the message's
 * Date minus the first message's). Threads span files: {@link #readAll} reads every file first
 * and threads them together, so a folder of {@code .eml} files and an mbox export of the same
 * conversations meet (a Message-ID seen twice is read once). The interaction id is
 * {@code email:<root Message-ID without angle brackets>}, where the root is the first id in
 * References, else In-Reply-To when that parent was not read, else the message's own id; a
 * message without Message-ID is known as {@code sha1-<hex of from, date and subject>}.
 *
 * <p><b>Speakers.</b> Without configuration the thread's originator is the customer and every
 * other sender an agent. With the setting {@value #AGENT_DOMAINS_SETTING} (comma-separated
 * domains, such as {@code support.example.com,example.com}) senders from those domains are
 * agents and the customer is the first other sender. Direction is inbound when the customer
 * wrote first. The customer's address becomes {@code customer.email}; headers {@code X-Agent-Id}
 * and {@code X-Queue} set {@code agentId} and {@code queue}; the first subject becomes
 * {@code attributes.subject}.
 *
 * <p><b>Bodies.</b> text/plain is preferred in multipart/alternative, HTML is turned into text;
 * quoted replies and signatures are removed ({@link EmailBodyCleaner}).
 *
 * <p><b>Rejections</b> ({@code message N of file}): no or unparseable {@code Date}, no
 * {@code From}, no text body, or a message over the size limit. Memory: the text of all messages
 * of one {@link #readAll} call is held until threads are built.
 */
public final class EmailConnector implements Connector {

    /** Setting: comma-separated domains whose senders are agents. */
    public static final String AGENT_DOMAINS_SETTING = "email.agent-domains";

    private static final Logger LOG = LoggerFactory.getLogger(EmailConnector.class);

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String description() {
        return "e-mail threads from .eml files and mbox files";
    }

    @Override
    public boolean canRead(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".eml") || name.endsWith(".mbox") || name.endsWith(".mbx")) {
            return true;
        }
        return isMbox(file);
    }

    private static boolean isMbox(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return MboxSplitter.startsLikeMbox(in.readNBytes(5));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void read(Path file, IngestOptions options, RecordSink sink) throws IOException {
        readAll(List.of(file), options, sink);
    }

    /**
     * Reads every file, then emits one interaction per thread across all of them. A file that
     * cannot be read does not stop the others; the first failure is thrown at the end with the
     * rest suppressed, after the threads of the readable files have been emitted.
     */
    @Override
    public void readAll(List<Path> files, IngestOptions options, RecordSink sink) throws IOException {
        List<EmailMessage> messages = new ArrayList<>();
        IOException failure = null;
        for (Path file : files) {
            try {
                readFile(file, options, sink, messages);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        emitThreads(messages, options, sink);
        if (failure != null) {
            throw failure;
        }
    }

    private void readFile(Path file, IngestOptions options, RecordSink sink, List<EmailMessage> messages)
            throws IOException {
        String source = file.getFileName().toString();
        String name = source.toLowerCase(Locale.ROOT);
        int limit = options.maxRecordBytes();
        if (name.endsWith(".eml")) {
            SourceLocation location = new SourceLocation(source, "message", 1);
            long size = Files.size(file);
            if (size > limit) {
                sink.accept(new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                        "oversized: " + size + " bytes, limit " + limit, ""));
            } else {
                byte[] bytes = Files.readAllBytes(file);
                accept(EmailParser.parse(bytes, location, messages.size()), sink, messages);
            }
            sink.progress(size);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MboxSplitter.split(in, limit, part -> {
                SourceLocation location = new SourceLocation(source, "message", part.number());
                if (part.bytes() == null) {
                    sink.accept(new IngestRecord.Rejected(location, IngestRecord.Rejected.WHOLE_RECORD,
                            "oversized: " + part.size() + " bytes, limit " + limit, ""));
                } else {
                    accept(EmailParser.parse(part.bytes(), location, messages.size()), sink, messages);
                }
            }, sink::progress);
        }
    }

    private static void accept(EmailParser.Result result, RecordSink sink, List<EmailMessage> messages) {
        if (result.rejected() != null) {
            sink.accept(result.rejected());
        } else {
            messages.add(result.message());
        }
    }

    private static void emitThreads(List<EmailMessage> all, IngestOptions options, RecordSink sink) {
        Map<String, EmailMessage> byId = new LinkedHashMap<>();
        for (EmailMessage message : all) {
            EmailMessage previous = byId.putIfAbsent(message.messageId(), message);
            if (previous != null) {
                LOG.debug("{}: Message-ID {} was already read from {}; reading it once", message.location(),
                        message.messageId(), previous.location());
            }
        }
        UnionFind threads = new UnionFind();
        for (EmailMessage message : byId.values()) {
            threads.add(message.messageId());
            if (message.inReplyTo() != null) {
                threads.union(message.messageId(), message.inReplyTo());
            }
            for (String reference : message.references()) {
                threads.union(message.messageId(), reference);
            }
        }
        Map<String, List<EmailMessage>> grouped = new LinkedHashMap<>();
        for (EmailMessage message : byId.values()) {
            grouped.computeIfAbsent(threads.find(message.messageId()), key -> new ArrayList<>()).add(message);
        }
        Set<String> agentDomains = agentDomains(options);
        for (List<EmailMessage> thread : grouped.values()) {
            thread.sort(Comparator.comparing(EmailMessage::date).thenComparingLong(EmailMessage::order));
            EmailMessage first = thread.getFirst();
            String rootId = rootId(first, byId);
            sink.accept(new IngestRecord.InteractionRecord(interaction(rootId, thread, agentDomains), first.location()));
        }
    }

    /** First id in References, else In-Reply-To when that parent was not read, else the message's own id. */
    private static String rootId(EmailMessage message, Map<String, EmailMessage> byId) {
        Set<String> seen = new HashSet<>();
        EmailMessage current = message;
        while (seen.add(current.messageId())) {
            if (!current.references().isEmpty()) {
                return current.references().getFirst();
            }
            if (current.inReplyTo() == null) {
                return current.messageId();
            }
            EmailMessage parent = byId.get(current.inReplyTo());
            if (parent == null) {
                return current.inReplyTo();
            }
            current = parent;
        }
        return current.messageId();
    }

    private static Set<String> agentDomains(IngestOptions options) {
        Set<String> domains = new HashSet<>();
        options.setting(AGENT_DOMAINS_SETTING).ifPresent(value -> Arrays.stream(value.split(","))
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .map(domain -> domain.startsWith("@") ? domain.substring(1) : domain)
                .filter(domain -> !domain.isEmpty())
                .forEach(domains::add));
        return domains;
    }

    private static boolean inDomains(String address, Set<String> domains) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1);
        for (String agentDomain : domains) {
            if (domain.equals(agentDomain) || domain.endsWith("." + agentDomain)) {
                return true;
            }
        }
        return false;
    }

    private static Interaction interaction(String rootId, List<EmailMessage> thread, Set<String> agentDomains) {
        EmailMessage first = thread.getFirst();
        String customer;
        if (agentDomains.isEmpty()) {
            customer = first.from();
        } else {
            customer = thread.stream().map(EmailMessage::from).filter(from -> !inDomains(from, agentDomains))
                    .findFirst()
                    .orElseGet(() -> first.to().stream().filter(to -> !inDomains(to, agentDomains)).findFirst().orElse(null));
        }
        String agentId = null;
        String anyAgentId = null;
        String queue = null;
        List<Turn> turns = new ArrayList<>(thread.size());
        for (EmailMessage message : thread) {
            boolean fromCustomer = message.from().equals(customer)
                    && (agentDomains.isEmpty() || !inDomains(message.from(), agentDomains));
            // An agent's own message names the agent best; a customer's reply may echo the header.
            if (message.agentId() != null && !fromCustomer && agentId == null) {
                agentId = message.agentId();
            }
            if (message.agentId() != null && anyAgentId == null) {
                anyAgentId = message.agentId();
            }
            if (message.queue() != null && queue == null) {
                queue = message.queue();
            }
            long offset = Duration.between(first.date(), message.date()).toMillis();
            turns.add(Turn.typed(fromCustomer ? Speaker.CUSTOMER : Speaker.AGENT, offset, offset, message.text()));
        }
        boolean customerFirst = first.from().equals(customer);
        String id = "email:" + rootId;
        if (id.length() > Interaction.MAX_ID_LENGTH) {
            id = "email:sha1-" + EmailParser.sha1(rootId);
        }
        Interaction.Builder builder = Interaction.builder(id, Channel.EMAIL, first.date())
                .direction(customerFirst ? Direction.INBOUND : Direction.OUTBOUND)
                .endedAt(thread.getLast().date())
                .customer(new CustomerRef(null, customer, null, null))
                .agentId(agentId != null ? agentId : anyAgentId)
                .queue(queue)
                .turns(turns);
        if (first.subject() != null && !first.subject().isBlank()) {
            builder.attribute("subject", first.subject().strip());
        }
        return builder.build();
    }

    /** Disjoint sets of message ids: messages that refer to one another end in one set. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String id) {
            parent.putIfAbsent(id, id);
        }

        String find(String id) {
            add(id);
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            String current = id;
            while (!current.equals(root)) {
                String next = parent.get(current);
                parent.put(current, root);
                current = next;
            }
            return root;
        }

        void union(String a, String b) {
            String rootA = find(a);
            String rootB = find(b);
            if (!rootA.equals(rootB)) {
                parent.put(rootB, rootA);
            }
        }
    }
}
