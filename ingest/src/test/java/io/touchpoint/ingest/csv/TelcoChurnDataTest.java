package io.touchpoint.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.testing.SharedData;
import io.touchpoint.ingest.CollectingSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IBM's telco-churn CRM export in ../shared/data/telco-churn, read through the column aliases. */
class TelcoChurnDataTest {

    @Test
    void readsTheTelcoChurnExportAsCustomers() throws IOException {
        Path file = SharedData.data("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
        assertThat(ConnectorRegistry.load().forFile(file, IngestOptions.defaults()))
                .map(connector -> connector.name()).contains("crm-customers");
        CollectingSink sink = new CollectingSink();
        new CustomerCsvConnector().read(file, IngestOptions.defaults(), sink);

        assertThat(sink.rejected()).isEmpty();
        List<Customer> customers = sink.customers();
        assertThat(customers).hasSize(5_636);
        Customer first = customers.getFirst();
        assertThat(first.id()).isEqualTo("5575-GNVDE");
        assertThat(first.tenureMonths()).isEqualTo(34);
        assertThat(first.contractType()).isEqualTo("One year");
        assertThat(first.monthlyCharge()).isEqualTo(56.95);
        assertThat(first.churned()).isFalse();
        assertThat(first.attributes()).containsEntry("gender", "Male").containsEntry("TotalCharges", "1889.5");
        assertThat(customers).allSatisfy(c -> assertThat(c.churned()).isNotNull());
        assertThat(customers).filteredOn(Customer::churned).isNotEmpty();
    }
}
