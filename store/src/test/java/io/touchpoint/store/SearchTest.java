package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One store for all searches: they only read. */
class SearchTest {

    @TempDir
    static Path dir;

    static TouchpointStore store;

    static final Instant DAY1 = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-03-03T10:00:00Z");

    @BeforeAll
    static void fill() {
        store = TouchpointStore.open(dir);
        store.write(IngestBatch.ofInteractions(List.of(
                interaction("phrase", Channel.VOICE, DAY1, "A-7", "billing",
                        customer("I was charged a late fee on my bill"),
                        agent("I can remove the late fee for you")),
                interaction("reversed", Channel.CHAT, DAY2, "A-8", "support",
                        customer("the fee was late because the bank was closed")),
                interaction("spread", Channel.EMAIL, DAY3, "A-7", "billing",
                        customer("there is a late payment fee again"),
                        agent("we charge that fee for every late payment")),
                interaction("hold", Channel.VOICE, DAY2, "A-9", "support",
                        customer("I was on hold for an hour"),
                        agent("hold on, let me check")),
                interaction("accents", Channel.SOCIAL, DAY1, null, null,
                        customer("Le café était froid, refund please")),
                interaction("markup", Channel.WEBFORM, DAY3, "A-9", "web",
                        customer("my <b>bold</b> complaint about credit & charges")),
                interaction("agent-only", Channel.CHAT, DAY1, "A-7", "billing",
                        agent("the late fee is explained on page two")))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Interaction interaction(String id, Channel channel, Instant startedAt, String agent, String queue,
            Turn... turns) {
        return Interaction.builder(id, channel, startedAt).agentId(agent).queue(queue).turns(List.of(turns)).build();
    }

    private static Turn customer(String text) {
        return Turn.typed(Speaker.CUSTOMER, 0, 1000, text);
    }

    private static Turn agent(String text) {
        return Turn.typed(Speaker.AGENT, 2000, 3000, text);
    }

    private static Set<String> ids(String query) {
        return ids(SearchRequest.of(query, 100));
    }

    private static Set<String> ids(SearchRequest request) {
        return store.search(request).hits().stream().map(SearchHit::interactionId).collect(Collectors.toSet());
    }

    @Test
    void phraseMatchesTheWordsInOrderOnly() {
        assertThat(ids("\"late fee\"")).containsExactlyInAnyOrder("phrase", "agent-only");
    }

    @Test
    void wordsWithoutQuotesMustAllOccurInAnyOrder() {
        assertThat(ids("late fee")).containsExactlyInAnyOrder("phrase", "reversed", "spread", "agent-only");
        assertThat(ids("late fee bank")).containsExactly("reversed");
    }

    @Test
    void proximityAllowsWordsInBetween() {
        assertThat(ids("\"late fee\"~1")).contains("spread").doesNotContain("reversed");
        assertThat(ids("\"late fee\"~3")).contains("spread", "reversed");
    }

    @Test
    void stopWordsAreKeptSoShortPhrasesMatchExactly() {
        assertThat(ids("\"on hold\"")).containsExactly("hold");
        SearchResult result = store.search(SearchRequest.of("\"on hold\"", 10));
        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.speaker()).isEqualTo(Speaker.CUSTOMER);
            // A phrase is marked as one passage of words, not word by word.
            assertThat(hit.snippet()).isEqualTo("I was <mark>on hold</mark> for an hour");
        });
    }

    @Test
    void speakerFilterExcludesTheOtherSide() {
        SearchRequest customersOnly = new SearchRequest("\"late fee\"", null, Speaker.CUSTOMER, null, null, null, 100);

        SearchResult result = store.search(customersOnly);

        assertThat(result.hits()).extracting(SearchHit::speaker).containsOnly(Speaker.CUSTOMER);
        assertThat(result.hits()).extracting(SearchHit::interactionId).containsExactly("phrase");
        assertThat(ids("\"late fee\" AND speaker:customer")).containsExactly("phrase");
        assertThat(ids("\"late fee\" AND speaker:agent")).containsExactlyInAnyOrder("phrase", "agent-only");
    }

    @Test
    void fieldSyntaxFiltersByChannelAgentAndQueue() {
        assertThat(ids("fee AND channel:chat")).containsExactlyInAnyOrder("reversed", "agent-only");
        assertThat(ids("fee AND agent:A-7")).containsExactlyInAnyOrder("phrase", "spread", "agent-only");
        assertThat(ids("fee AND agent:a-7")).containsExactlyInAnyOrder("phrase", "spread", "agent-only");
        assertThat(ids("queue:billing AND payment")).containsExactly("spread");
    }

    @Test
    void requestFiltersNarrowByChannelAgentAndTime() {
        assertThat(ids(new SearchRequest("fee", Channel.VOICE, null, null, null, null, 100)))
                .containsExactly("phrase");
        assertThat(ids(new SearchRequest("fee", null, null, "A-8", null, null, 100))).containsExactly("reversed");
        assertThat(ids(new SearchRequest("fee", null, null, null, DAY2, DAY3, 100))).containsExactly("reversed");
        assertThat(ids(new SearchRequest("fee", null, null, null, DAY2, null, 100)))
                .containsExactlyInAnyOrder("reversed", "spread");
        assertThat(ids(new SearchRequest("fee", null, null, null, null, DAY2, 100)))
                .containsExactlyInAnyOrder("phrase", "agent-only");
    }

    @Test
    void booleanOperatorsAndWildcardsWork() {
        assertThat(ids("refund OR credit")).containsExactlyInAnyOrder("accents", "markup");
        assertThat(ids("fee NOT payment")).containsExactlyInAnyOrder("phrase", "reversed", "agent-only");
        assertThat(ids("charg*")).containsExactlyInAnyOrder("phrase", "spread", "markup");
        assertThat(ids("(late AND bank) OR hour")).containsExactlyInAnyOrder("reversed", "hold");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(ids("cafe")).containsExactly("accents");
        assertThat(ids("CAFÉ")).containsExactly("accents");
        assertThat(ids("Froid")).containsExactly("accents");
    }

    @Test
    void hitCarriesTheTurnAndItsContext() {
        SearchResult result = store.search(SearchRequest.of("bank", 10));

        assertThat(result.totalHits()).isEqualTo(1);
        SearchHit hit = result.hits().getFirst();
        assertThat(hit.interactionId()).isEqualTo("reversed");
        assertThat(hit.turnIndex()).isZero();
        assertThat(hit.channel()).isEqualTo(Channel.CHAT);
        assertThat(hit.startedAt()).isEqualTo(DAY2);
        assertThat(hit.agentId()).isEqualTo("A-8");
        assertThat(hit.queue()).isEqualTo("support");
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet()).isEqualTo("the fee was late because the <mark>bank</mark> was closed");
    }

    @Test
    void hitWithoutAgentOrQueueHasNulls() {
        SearchHit hit = store.search(SearchRequest.of("froid", 10)).hits().getFirst();

        assertThat(hit.agentId()).isNull();
        assertThat(hit.queue()).isNull();
    }

    @Test
    void snippetsAreNotHtmlEscaped() {
        SearchHit hit = store.search(SearchRequest.of("complaint", 10)).hits().getFirst();

        assertThat(hit.snippet()).isEqualTo("my <b>bold</b> <mark>complaint</mark> about credit & charges");
    }

    @Test
    void totalHitsCountsBeyondTheLimit() {
        SearchResult result = store.search(SearchRequest.of("fee", 2));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.totalHits()).isEqualTo(6);
    }

    @Test
    void malformedQueryIsAUserErrorWithTheParserMessageAndAHint() {
        assertThatThrownBy(() -> store.search(SearchRequest.of("\"late fee", 10)))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                .hasMessageContaining("cannot parse the search query '\"late fee'")
                .hasMessageContaining("Hint:");
        assertThatThrownBy(() -> store.search(SearchRequest.of("(refund OR", 10)))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("Hint:");
    }

    @Test
    void requestRejectsBadLimitsAndRanges() {
        assertThatThrownBy(() -> SearchRequest.of("fee", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> SearchRequest.of(" ", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query is blank");
        assertThatThrownBy(() -> new SearchRequest("fee", null, null, null, DAY3, DAY1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not before");
    }
}
