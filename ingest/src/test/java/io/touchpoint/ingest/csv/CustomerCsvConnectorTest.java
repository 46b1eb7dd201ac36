package io.touchpoint.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Customer;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerCsvConnectorTest {

    @TempDir
    Path dir;

    @Test
    void rejectsBadBillingDatesAndFlagsNamingTheColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("customers.csv"), """
                id,billing,contract_end,churned
                C-1,2026-01:45.00;2026-13:80.10,,
                C-2,,31/12/2026,
                C-3,,,maybe
                C-4,2026-01:45,2026-12-31,Y
                """);
        CollectingSink sink = new CollectingSink();
        new CustomerCsvConnector().read(file, IngestOptions.defaults(), sink);
        assertThat(sink.rejected()).extracting(r -> r.location().position() + " " + r.field()).containsExactly(
                "1 billing", "2 contract_end", "3 churned");
        assertThat(sink.rejected().getFirst().reason()).contains("'2026-13:80.10' is not YYYY-MM:amount");
        Customer c4 = sink.customers().getFirst();
        assertThat(c4.churned()).isTrue();
        assertThat(c4.billing()).hasSize(1);
    }

    @Test
    void claimsCustomerTablesButNotInteractionTables() throws IOException {
        CustomerCsvConnector connector = new CustomerCsvConnector();
        assertThat(connector.canRead(Files.writeString(dir.resolve("accounts.csv"), "customer_id,plan\n"))).isTrue();
        assertThat(connector.canRead(Files.writeString(dir.resolve("customers.csv"), "id,name\n"))).isTrue();
        assertThat(connector.canRead(Files.writeString(dir.resolve("customer-calls.csv"), "id,channel,started_at,text\n")))
                .isFalse();
    }
}
