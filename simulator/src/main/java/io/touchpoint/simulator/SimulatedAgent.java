package io.touchpoint.simulator;

import io.touchpoint.core.model.Agent;
import java.util.List;

/** An agent with the queues they serve and their place in the planted patterns. */
final class SimulatedAgent {

    static final String JUNIOR = "junior";
    static final String REGULAR = "regular";
    static final String SENIOR = "senior";

    final int number;
    final String id;
    final String firstName;
    final String lastName;
    final String team;
    final String skill;
    final List<String> queues;
    boolean earlyTransferer;
    /** Epoch milliseconds until which the agent is busy with a live contact and its wrap-up. */
    long busyUntil;

    SimulatedAgent(int number, String firstName, String lastName, String team, String skill, List<String> queues) {
        this.number = number;
        this.id = "A-" + number;
        this.firstName = firstName;
        this.lastName = lastName;
        this.team = team;
        this.skill = skill;
        this.queues = List.copyOf(queues);
    }

    /** How likely the agent is to show each good behaviour; seniors nearly always, juniors about half the time. */
    double diligence() {
        return switch (skill) {
            case JUNIOR -> 0.55;
            case REGULAR -> 0.8;
            default -> 0.95;
        };
    }

    String emailAddress() {
        return "support@" + Vocabulary.CARE_DOMAIN;
    }

    Agent toAgent() {
        return new Agent(id, firstName + " " + lastName, team, skill);
    }
}
