package io.touchpoint.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmailConnectorTest {

    @TempDir
    Path dir;

    private final EmailConnector connector = new EmailConnector();

    private CollectingSink readAll(IngestOptions options, Path... files) throws IOException {
        CollectingSink sink = new CollectingSink();
        connector.readAll(List.of(files), options, sink);
        return sink;
    }

    private Path eml(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content.replace("\n", "\r\n"));
    }

    @Test
    void threadsMessagesAcrossEmlFilesAndAnMbox() throws IOException {
        Path first = eml("1-question.eml", """
                From: Ann Lee <Ann@Example.com>
                To: help@support.example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Subject: Router keeps dropping
                Message-ID: <q1@mail.example.com>

                My router drops the connection every evening.
                """);
        Path mbox = Files.writeString(dir.resolve("agent-replies.mbox"), """
                From help@support.example.com Mon Mar  2 10:30:00 2026
                From: Support <help@support.example.com>
                To: ann@example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Subject: Re: Router keeps dropping
                Message-ID: <a1@support.example.com>
                In-Reply-To: <q1@mail.example.com>
                References: <q1@mail.example.com>
                X-Agent-Id: A-17
                X-Queue: tech

                Please restart it and tell us if it happens again.

                From nobody@example.net Tue Mar  3 08:00:00 2026
                From: nobody@example.net
                Date: Tue, 3 Mar 2026 08:00:00 +0000
                Subject: unrelated
                Message-ID: <other@example.net>

                A different conversation.

                """);
        // The customer's answer arrives as a file read before the agent's reply, and is dated later.
        Path third = eml("0-answer.eml", """
                From: ann@example.com
                To: help@support.example.com
                Date: Mon, 2 Mar 2026 12:00:00 +0000
                Subject: Re: Router keeps dropping
                Message-ID: <q2@mail.example.com>
                In-Reply-To: <a1@support.example.com>
                References: <q1@mail.example.com> <a1@support.example.com>

                It happened again.

                On Mon, 2 Mar 2026 at 10:30, Support <help@support.example.com> wrote:
                > Please restart it and tell us if it happens again.
                """);

        CollectingSink sink = readAll(IngestOptions.defaults(), third, first, mbox);

        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.interactions()).extracting(Interaction::id)
                .containsExactlyInAnyOrder("email:q1@mail.example.com", "email:other@example.net");
        Interaction thread = sink.interactions().stream().filter(i -> i.id().equals("email:q1@mail.example.com"))
                .findFirst().orElseThrow();
        assertThat(thread.turns()).extracting(Turn::speaker, Turn::startMs, Turn::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, 0L, "My router drops the connection every evening."),
                org.assertj.core.groups.Tuple.tuple(Speaker.AGENT, 5_400_000L, "Please restart it and tell us if it happens again."),
                org.assertj.core.groups.Tuple.tuple(Speaker.CUSTOMER, 10_800_000L, "It happened again."));
        assertThat(thread.customer().email()).isEqualTo("ann@example.com");
        assertThat(thread.direction()).isEqualTo(Direction.INBOUND);
        assertThat(thread.agentId()).isEqualTo("A-17");
        assertThat(thread.queue()).isEqualTo("tech");
        assertThat(thread.attributes()).containsEntry("subject", "Router keeps dropping");
        IngestRecord threadRecord = sink.records.stream().filter(r -> r instanceof IngestRecord.InteractionRecord ir
                && ir.interaction() == thread).findFirst().orElseThrow();
        assertThat(threadRecord.location().toString()).isEqualTo("message 1 of 1-question.eml");
    }

    @Test
    void rootIsTheFirstReferenceWhenTheOriginalWasNotRead() throws IOException {
        Path reply = eml("reply.eml", """
                From: agent@support.example.com
                To: ann@example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Message-ID: <a1@support.example.com>
                In-Reply-To: <q2@mail.example.com>
                References: <q1@mail.example.com> <q2@mail.example.com>

                Done.
                """);
        Path onlyInReplyTo = eml("reply2.eml", """
                From: agent@support.example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Message-ID: <b1@support.example.com>
                In-Reply-To: <unknown@mail.example.com>

                Done too.
                """);
        CollectingSink sink = readAll(IngestOptions.defaults(), reply, onlyInReplyTo);
        assertThat(sink.interactions()).extracting(Interaction::id)
                .containsExactlyInAnyOrder("email:q1@mail.example.com", "email:unknown@mail.example.com");
    }

    @Test
    void messageWithoutMessageIdGetsAStableHashId() throws IOException {
        String message = """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Subject: hello

                Hi.
                """;
        String first = readAll(IngestOptions.defaults(), eml("a.eml", message)).interactions().getFirst().id();
        String again = readAll(IngestOptions.defaults(), eml("b.eml", message)).interactions().getFirst().id();
        assertThat(first).matches("email:sha1-[0-9a-f]{40}").isEqualTo(again);
    }

    @Test
    void prefersPlainTextInMultipartAlternative() throws IOException {
        Path file = eml("alt.eml", """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Message-ID: <alt@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="XYZ"

                --XYZ
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Caf=E9 au lait, s'il vous pla=EEt.
                --XYZ
                Content-Type: text/html; charset=utf-8

                <p>HTML version</p>
                --XYZ--
                """);
        assertThat(readAll(IngestOptions.defaults(), file).interactions().getFirst().turns().getFirst().text())
                .isEqualTo("Café au lait, s'il vous plaît.");
    }

    @Test
    void convertsHtmlOnlyBodiesToTextWithoutTheQuotedHistory() throws IOException {
        Path file = eml("html.eml", """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 10:30:00 +0000
                Message-ID: <html@example.com>
                Content-Type: text/html; charset=utf-8

                <html><head><style>p{color:red}</style></head><body>
                <p>Hello&nbsp;team,</p><p>my <b>invoice</b> is wrong.<br>Please fix it.</p>
                <blockquote>earlier message that should not count</blockquote>
                </body></html>
                """);
        assertThat(readAll(IngestOptions.defaults(), file).interactions().getFirst().turns().getFirst().text())
                .isEqualTo("Hello team,\n\nmy invoice is wrong.\nPlease fix it.");
    }

    @Test
    void stripsQuotedRepliesSignaturesAndMobileFooters() {
        assertThat(EmailBodyCleaner.clean("""
                Thanks, that worked.

                --\s
                Ann Lee
                ACME Corp
                """)).isEqualTo("Thanks, that worked.");
        assertThat(EmailBodyCleaner.clean("""
                Still broken.
                Sent from my iPhone

                On Mon, Mar 2, 2026 at 10:30 AM Support Team <help@support.example.com>
                wrote:
                > Please restart it.
                """)).isEqualTo("Still broken.");
        assertThat(EmailBodyCleaner.clean("""
                See below.
                > quoted line
                and my answer

                -----Original Message-----
                From: Support
                """)).isEqualTo("See below.\nand my answer");
        assertThat(EmailBodyCleaner.clean("""
                I agree.

                ________________________________
                From: Support <help@support.example.com>
                Sent: Monday, March 2, 2026 10:30 AM
                To: Ann
                Subject: RE: invoice
                """)).isEqualTo("I agree.");
    }

    @Test
    void agentDomainsDecideWhoIsTheCustomer() throws IOException {
        Path outreach = eml("outreach.eml", """
                From: retention@support.example.com
                To: ann@example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Message-ID: <o1@support.example.com>

                Your contract ends soon; can we help?
                """);
        Path answer = eml("answer.eml", """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 11:00:00 +0000
                Message-ID: <o2@example.com>
                In-Reply-To: <o1@support.example.com>

                Yes, call me.
                """);
        IngestOptions options = IngestOptions.defaults().withSettings(Map.of(EmailConnector.AGENT_DOMAINS_SETTING, "example.com.invalid, support.example.com"));
        Interaction thread = readAll(options, outreach, answer).interactions().getFirst();
        assertThat(thread.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(thread.customer().email()).isEqualTo("ann@example.com");
        assertThat(thread.turns()).extracting(Turn::speaker).containsExactly(Speaker.AGENT, Speaker.CUSTOMER);
    }

    @Test
    void rejectsMessagesWithoutUsableDateOrBodyByTheirNumberInTheMbox() throws IOException {
        Path mbox = Files.writeString(dir.resolve("inbox"), """
                From a@example.com Mon Mar  2 09:00:00 2026
                From: a@example.com
                Date: someday
                Message-ID: <bad-date@example.com>

                Hello.

                From b@example.com Mon Mar  2 09:00:00 2026
                From: b@example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Message-ID: <no-body@example.com>


                From c@example.com Mon Mar  2 09:00:00 2026
                From: c@example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Message-ID: <fine@example.com>

                Fine.
                """);
        assertThat(connector.canRead(mbox)).isTrue();
        CollectingSink sink = readAll(IngestOptions.defaults(), mbox);
        assertThat(sink.rejected()).extracting(r -> r.location().toString(), IngestRecord.Rejected::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("message 1 of inbox", "Date"),
                org.assertj.core.groups.Tuple.tuple("message 2 of inbox", "body"));
        assertThat(sink.rejected().getFirst().reason()).isEqualTo("'someday' is not an RFC 5322 date");
        assertThat(sink.interactions()).extracting(Interaction::id).containsExactly("email:fine@example.com");
    }

    @Test
    void readsTheSameMessageOnceWhenTwoFilesHoldIt() throws IOException {
        String message = """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Message-ID: <dup@example.com>

                Hello.
                """;
        CollectingSink sink = readAll(IngestOptions.defaults(), eml("a.eml", message), eml("b.eml", message));
        assertThat(sink.interactions()).singleElement().satisfies(i -> assertThat(i.turns()).hasSize(1));
    }
}
