package io.touchpoint.simulator;

import io.touchpoint.core.model.BillingRecord;
import io.touchpoint.core.model.Customer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A customer as the simulator knows them: the CRM record plus what the CRM does not hold (region, address,
 * date of birth) and whether their churn is planted.
 */
final class SimulatedCustomer {

    final int number;
    final String id;
    final String firstName;
    final String lastName;
    final String email;
    final String phone;
    final String handle;
    final String region;
    final String address;
    final LocalDate dateOfBirth;
    final String plan;
    final String contractType;
    final int tenureMonths;
    final LocalDate contractEnd;
    final double monthlyCharge;
    final List<BillingRecord> billing;
    /** A month whose bill is well above the usual, or null. */
    final BillingRecord billingSpike;
    /** How many times more often than average this customer gets in touch. */
    final double propensity;

    /** Planted churner: leaves on {@link #churnDay} after showing signals. */
    boolean plantedChurner;
    /** Background churner: leaves on {@link #churnDay} with no planted signal. */
    boolean backgroundChurner;
    /** Day index in the period on which the customer leaves; -1 when they stay. */
    int churnDay = -1;
    /** The day the customer actually left, set once their last contact is known. */
    LocalDate churnDate;

    SimulatedCustomer(int number, String id, String firstName, String lastName, String email, String phone,
                      String handle, String region, String address, LocalDate dateOfBirth, String plan,
                      String contractType, int tenureMonths, LocalDate contractEnd, double monthlyCharge,
                      List<BillingRecord> billing, BillingRecord billingSpike, double propensity) {
        this.number = number;
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.phone = phone;
        this.handle = handle;
        this.region = region;
        this.address = address;
        this.dateOfBirth = dateOfBirth;
        this.plan = plan;
        this.contractType = contractType;
        this.tenureMonths = tenureMonths;
        this.contractEnd = contractEnd;
        this.monthlyCharge = monthlyCharge;
        this.billing = billing;
        this.billingSpike = billingSpike;
        this.propensity = propensity;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    boolean churns() {
        return churnDay >= 0;
    }

    Customer toCustomer() {
        boolean churned = churnDate != null;
        return new Customer(id, fullName(), email, phone, handle, plan, contractType, tenureMonths, contractEnd,
                monthlyCharge, billing, churned, churnDate, Map.of("region", region));
    }
}
