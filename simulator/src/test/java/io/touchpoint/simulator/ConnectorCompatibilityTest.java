package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.canonical.NdjsonConnector;
import io.touchpoint.ingest.csv.AgentCsvConnector;
import io.touchpoint.ingest.csv.CustomerCsvConnector;
import io.touchpoint.ingest.email.EmailConnector;
import io.touchpoint.ingest.social.SocialPostConnector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written files read back through the real ingest connectors give exactly the records the simulator
 * holds, so that the ground truth (ids, turn indexes, character spans) applies to ingested data.
 */
class ConnectorCompatibilityTest {

    @TempDir
    static Path folder;
    private static SimulatedContactCenter center;
    private static WrittenFiles files;
    private static Map<String, Interaction> expected;

    @BeforeAll
    static void write() throws IOException {
        center = new ContactCenterSimulator(SimulationConfig.of(600, 31L)).generate();
        files = SimulationWriter.write(center, folder);
        expected = center.interactions().stream().collect(Collectors.toMap(Interaction::id, Function.identity()));
    }

    @Test
    void emailConnectorReadsTheSameThreads() throws IOException {
        List<Interaction> read = interactions(new EmailConnector(), files.mailbox());
        assertThat(read).hasSize((int) count(Channel.EMAIL));
        read.forEach(interaction -> assertThat(interaction).isEqualTo(expected.get(interaction.id())));
    }

    @Test
    void socialConnectorReadsTheSameThreads() throws IOException {
        List<Interaction> read = interactions(new SocialPostConnector(), files.socialPosts());
        assertThat(read).hasSize((int) count(Channel.SOCIAL));
        read.forEach(interaction -> assertThat(interaction).isEqualTo(expected.get(interaction.id())));
    }

    @Test
    void canonicalConnectorReadsTheSameInteractionsAndEvents() throws IOException {
        List<IngestRecord> records = read(new NdjsonConnector(), files.interactions());
        assertThat(records).allSatisfy(record -> assertThat(record).isInstanceOf(IngestRecord.InteractionRecord.class));
        records.forEach(record -> {
            Interaction interaction = ((IngestRecord.InteractionRecord) record).interaction();
            assertThat(interaction).isEqualTo(expected.get(interaction.id()));
        });
        List<DesktopEvent> events = read(new NdjsonConnector(), files.desktopEvents()).stream()
                .map(record -> ((IngestRecord.DesktopEventRecord) record).event()).toList();
        assertThat(events).isEqualTo(center.desktopEvents());
    }

    @Test
    void crmConnectorsReadTheSameCustomersAndAgents() throws IOException {
        List<Customer> customers = read(new CustomerCsvConnector(), files.customers()).stream()
                .map(record -> ((IngestRecord.CustomerRecord) record).customer()).toList();
        Map<String, Customer> byId = center.customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        assertThat(customers).hasSize(center.customers().size());
        for (Customer customer : customers) {
            Customer original = byId.get(customer.id());
            assertThat(customer.email()).isEqualTo(original.email());
            assertThat(customer.phone()).isEqualTo(original.phone());
            assertThat(customer.handle()).isEqualTo(original.handle());
            assertThat(customer.billing()).isEqualTo(original.billing());
            assertThat(customer.churned()).isEqualTo(original.churned());
            assertThat(customer.churnDate()).isEqualTo(original.churnDate());
            assertThat(customer.contractEnd()).isEqualTo(original.contractEnd());
            assertThat(customer.monthlyCharge()).isEqualTo(original.monthlyCharge());
        }
        List<Agent> agents = read(new AgentCsvConnector(), files.agents()).stream()
                .map(record -> ((IngestRecord.AgentRecord) record).agent()).toList();
        assertThat(agents).isEqualTo(center.agents());
    }

    private static long count(Channel channel) {
        return center.interactions().stream().filter(interaction -> interaction.channel() == channel).count();
    }

    private static List<Interaction> interactions(Connector connector, Path file) throws IOException {
        return read(connector, file).stream().map(record -> {
            assertThat(record).as(record.toString()).isInstanceOf(IngestRecord.InteractionRecord.class);
            return ((IngestRecord.InteractionRecord) record).interaction();
        }).toList();
    }

    private static List<IngestRecord> read(Connector connector, Path file) throws IOException {
        assertThat(connector.canRead(file)).as(connector.name() + " reads " + file.getFileName()).isTrue();
        List<IngestRecord> records = new ArrayList<>();
        connector.readAll(List.of(file), IngestOptions.defaults(), records::add);
        return records;
    }
}
