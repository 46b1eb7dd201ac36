package io.touchpoint.store;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Records for the store's tests, small and explicit so each test shows what it stores. */
final class SampleData {

    static final Instant T0 = Instant.parse("2026-03-02T14:05:11.123456Z");

    private SampleData() {
    }

    /** A voice call with every optional component set. */
    static Interaction fullCall(String id) {
        return Interaction.builder(id, Channel.VOICE, T0)
                .direction(Direction.OUTBOUND)
                .endedAt(T0.plusSeconds(389))
                .customer(new CustomerRef("C-42", "a@example.com", "+15551234567", "@alice"))
                .agentId("A-7")
                .queue("billing")
                .language("en")
                .turn(new Turn(Speaker.AGENT, 0, 2900, "Thank you for calling, how can I help?", 0.93))
                .turn(new Turn(Speaker.CUSTOMER, 3100, 7400, "I was charged a late fee on my bill.", 0.87))
                .turn(new Turn(Speaker.BOT, 7500, 7600, "", 1.0))
                .audio(new AudioRef("audio/" + id + ".wav", Map.of(0, Speaker.AGENT, 1, Speaker.CUSTOMER)))
                .outcome(new Outcome(true, false, null, 4))
                .attributes(Map.of("campaign", "spring", "note", "quote \" and ünïcode"))
                .build();
    }

    /** A minimal interaction of the given channel whose turns alternate customer, agent. */
    static Interaction simple(String id, Channel channel, Instant startedAt, CustomerRef customer, String... texts) {
        Interaction.Builder builder = Interaction.builder(id, channel, startedAt).customer(customer).agentId("A-1");
        for (int i = 0; i < texts.length; i++) {
            builder.turn(Turn.typed(i % 2 == 0 ? Speaker.CUSTOMER : Speaker.AGENT, i * 1000L, i * 1000L + 900,
                    texts[i]));
        }
        return builder.build();
    }

    static Customer fullCustomer(String id) {
        return new Customer(id, "Alice Example", "Alice@Example.com", "+15551234567", "@alice", "premium",
                "two-year", 27, LocalDate.of(2027, 1, 31), 79.5,
                List.of(new BillingRecord(YearMonth.of(2026, 1), 79.5), new BillingRecord(YearMonth.of(2026, 2), 112.25)),
                false, null, Map.of("segment", "gold"));
    }

    static Customer customer(String id, String email, String phone, String handle) {
        return new Customer(id, null, email, phone, handle, null, null, null, null, null, List.of(), null, null,
                Map.of());
    }

    /**
     * A batch of {@code count} synthetic interactions with ids {@code prefix-0 .. prefix-(count-1)},
     * each with {@code turns} turns of realistic length.
     */
    static IngestBatch syntheticBatch(String prefix, int count, int turns) {
        List<Interaction> interactions = new ArrayList<>(count);
        Channel[] channels = Channel.values();
        for (int i = 0; i < count; i++) {
            Interaction.Builder builder = Interaction.builder(prefix + "-" + i, channels[i % channels.length],
                            T0.plusSeconds(i * 60L))
                    .customer(new CustomerRef("C-" + (i % 500), "c" + (i % 500) + "@example.com", null, null))
                    .agentId("A-" + (i % 40))
                    .queue(i % 3 == 0 ? "billing" : "support")
                    .outcome(new Outcome(i % 2 == 0, false, null, 1 + i % 5));
            for (int t = 0; t < turns; t++) {
                Speaker speaker = t % 2 == 0 ? Speaker.CUSTOMER : Speaker.AGENT;
                builder.turn(Turn.typed(speaker, t * 4000L, t * 4000L + 3500, SENTENCES[(i * 7 + t) % SENTENCES.length]));
            }
            interactions.add(builder.build());
        }
        return IngestBatch.ofInteractions(interactions);
    }

    private static final String[] SENTENCES = {
        "Hi, I am calling because my last bill had a late fee that I do not understand.",
        "I can help with that, let me pull up your account and check the charges.",
        "I have been on hold for twenty minutes and nobody could tell me why.",
        "The payment was made on time through the app, I have the confirmation number.",
        "I see the payment now, it was posted a day after the due date because of a holiday.",
        "Can you remove the fee and make sure it does not happen again next month?",
        "Of course, I have waived the fee and added a note to your account.",
        "Thank you, that is all I needed today, have a great afternoon.",
        "My internet keeps dropping every evening and the router lights blink orange.",
        "Let us restart the modem remotely and run a line test while you wait.",
    };
}
