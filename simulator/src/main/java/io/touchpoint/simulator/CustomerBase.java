package io.touchpoint.simulator;

import io.touchpoint.core.model.BillingRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CRM side of the simulation: customers with plans, contracts and billing, and the planted churners.
 * Planted churners lean to month-to-month contracts, short tenure and a billing spike near their churn, as
 * churners do in real telecom data, so that a churn model has CRM signals as well as conversational ones.
 */
final class CustomerBase {

    static final double PLANTED_CHURN_RATE = 0.06;
    static final double BACKGROUND_CHURN_RATE = 0.015;
    static final double BILLING_SPIKE_RATE = 0.12;

    final List<SimulatedCustomer> customers;
    private final double[] cumulativePropensity;

    private CustomerBase(List<SimulatedCustomer> customers) {
        this.customers = List.copyOf(customers);
        this.cumulativePropensity = new double[customers.size()];
        double total = 0;
        for (int i = 0; i < customers.size(); i++) {
            total += customers.get(i).propensity;
            cumulativePropensity[i] = total;
        }
    }

    static CustomerBase generate(SimulationConfig config) {
        Dice dice = Dice.forKey(config.seed(), "customers", 0);
        List<SimulatedCustomer> customers = new ArrayList<>(config.customers());
        YearMonth firstMonth = YearMonth.from(config.startDate()).minusMonths(6);
        YearMonth lastMonth = YearMonth.from(config.endDate());
        for (int number = 1; number <= config.customers(); number++) {
            customers.add(customer(number, config, dice, firstMonth, lastMonth));
        }
        return new CustomerBase(customers);
    }

    private static SimulatedCustomer customer(int number, SimulationConfig config, Dice dice, YearMonth firstMonth,
                                              YearMonth lastMonth) {
        double churnDraw = dice.uniform(0, 1);
        boolean planted = churnDraw < PLANTED_CHURN_RATE;
        boolean background = !planted && churnDraw < PLANTED_CHURN_RATE + BACKGROUND_CHURN_RATE;
        int churnDay = -1;
        if (planted) {
            churnDay = dice.between(Math.min(config.days() - 1, Math.max(14, config.days() / 4)), config.days() - 1);
        } else if (background) {
            churnDay = dice.between(0, config.days() - 1);
        }

        String first = dice.pick(Vocabulary.FIRST_NAMES);
        String last = dice.pick(Vocabulary.LAST_NAMES);
        int regionIndex = dice.between(0, Vocabulary.REGIONS.size() - 1);
        String region = Vocabulary.REGIONS.get(regionIndex);
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        String lowerLast = last.toLowerCase(Locale.ROOT);
        String domain = dice.pick("example.com", "example.net", "example.org", "mail.example.com");
        String email = switch (dice.between(0, 3)) {
            case 0 -> lowerFirst + "." + lowerLast + number + "@" + domain;
            case 1 -> lowerFirst.charAt(0) + lowerLast + number + "@" + domain;
            case 2 -> lowerFirst + "_" + lowerLast + "." + number + "@" + domain;
            default -> lowerLast + "." + lowerFirst + number + "@" + domain;
        };
        String areaCode = dice.pick(Vocabulary.AREA_CODES.get(regionIndex));
        // A bijection from customer number to subscriber number keeps phones unique without a lookup table.
        long subscriber = 2_000_000 + (number * 7919L) % 8_000_000;
        String phone = "+1" + areaCode + subscriber;
        String handle = switch (dice.between(0, 2)) {
            case 0 -> "@" + lowerFirst + lowerLast.charAt(0) + number;
            case 1 -> "@" + lowerLast + "_" + number;
            default -> "@" + lowerFirst.charAt(0) + lowerLast + "_" + number;
        };
        String[] city = Vocabulary.CITIES.get(regionIndex * 8 + dice.between(0, 7));
        String address = dice.between(1, 9899) + " " + dice.pick(Vocabulary.STREETS) + " "
                + dice.pick(Vocabulary.STREET_SUFFIXES) + ", " + city[0] + ", " + city[1] + " " + city[2]
                + String.format(Locale.ROOT, "%02d", dice.between(1, 99));
        LocalDate dateOfBirth = LocalDate.of(dice.between(1948, 2005), dice.between(1, 12), dice.between(1, 28));

        String plan = Vocabulary.PLANS.get(dice.weighted(new double[] {30, 30, 25, 15}));
        double charge = switch (plan) {
            case "basic" -> dice.pick(35.0, 39.99, 40.0, 45.0);
            case "plus" -> dice.pick(55.0, 59.99, 60.0, 65.0);
            case "premium" -> dice.pick(75.0, 79.99, 85.0, 89.99);
            default -> dice.pick(95.0, 99.99, 105.0, 110.0);
        };
        String contract = planted
                ? (dice.chance(0.7) ? "month-to-month" : dice.pick("one-year", "two-year"))
                : dice.pick("month-to-month", "month-to-month", "one-year", "one-year", "two-year", "two-year",
                "month-to-month");
        int tenure = planted ? dice.between(1, 24) : dice.between(1, 84);
        LocalDate contractEnd = null;
        if (!contract.equals("month-to-month")) {
            int term = contract.equals("one-year") ? 12 : 24;
            contractEnd = config.startDate().minusMonths(tenure % term).plusMonths(term);
            if (planted && dice.chance(0.5)) {
                // The contract runs out shortly before the churn, the classic moment to leave.
                contractEnd = config.startDate().plusDays(Math.max(0, churnDay - dice.between(3, 20)));
            }
        }

        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            months.add(month);
        }
        int spikeIndex = -1;
        if (planted && dice.chance(0.65)) {
            YearMonth churnMonth = YearMonth.from(config.startDate().plusDays(churnDay));
            int churnMonthIndex = months.indexOf(churnMonth);
            spikeIndex = Math.max(0, churnMonthIndex - dice.between(0, 1));
        } else if (dice.chance(BILLING_SPIKE_RATE)) {
            spikeIndex = dice.between(0, months.size() - 1);
        }
        List<BillingRecord> billing = new ArrayList<>(months.size());
        BillingRecord spike = null;
        for (int i = 0; i < months.size(); i++) {
            double amount = charge * dice.uniform(0.97, 1.04);
            if (i == spikeIndex) {
                amount = charge * dice.uniform(1.45, 2.3);
            }
            BillingRecord record = new BillingRecord(months.get(i), Math.round(amount * 100) / 100.0);
            if (i == spikeIndex) {
                spike = record;
            }
            billing.add(record);
        }
        double propensity = dice.pick(0.5, 1.0, 1.0, 1.0, 1.0, 1.5, 2.0, 3.0);

        SimulatedCustomer customer = new SimulatedCustomer(number, String.format(Locale.ROOT, "C-%06d", number),
                first, last, email, phone, handle, region, address, dateOfBirth, plan, contract, tenure, contractEnd,
                charge, billing, spike, propensity);
        customer.plantedChurner = planted;
        customer.backgroundChurner = background;
        customer.churnDay = churnDay;
        return customer;
    }

    /** A customer drawn in proportion to propensity who is still a customer on {@code day}. */
    SimulatedCustomer pickActive(Dice dice, int day) {
        SimulatedCustomer chosen = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            chosen = pickWeighted(dice);
            if (!chosen.churns() || chosen.churnDay > day) {
                return chosen;
            }
        }
        return chosen;
    }

    /** Like {@link #pickActive} but only from one region. */
    SimulatedCustomer pickActiveInRegion(Dice dice, int day, String region) {
        for (int attempt = 0; attempt < 200; attempt++) {
            SimulatedCustomer chosen = pickWeighted(dice);
            if (chosen.region.equals(region) && (!chosen.churns() || chosen.churnDay > day)) {
                return chosen;
            }
        }
        return pickActive(dice, day);
    }

    private SimulatedCustomer pickWeighted(Dice dice) {
        double draw = dice.uniform(0, cumulativePropensity[cumulativePropensity.length - 1]);
        int low = 0;
        int high = cumulativePropensity.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativePropensity[middle] <= draw) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return customers.get(low);
    }
}
