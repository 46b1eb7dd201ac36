package io.touchpoint.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agents, their teams and queues, and the three agents planted as early transferers. Each team serves a
 * fixed set of queues so that every queue has staff whatever the agent count (ten or more).
 */
final class AgentRoster {

    static final int EARLY_TRANSFER_AGENTS = 3;

    private static final Map<String, List<String>> QUEUES_BY_TEAM = Map.of(
            "Harbor", List.of("billing", "collections"),
            "Summit", List.of("tech_support"),
            "Cedar", List.of("retention", "sales"),
            "Meridian", List.of("general", "sales", "billing"),
            "Falcon", List.of("tech_support", "general"));

    final List<SimulatedAgent> agents;
    private final Map<String, List<SimulatedAgent>> byQueue = new LinkedHashMap<>();

    private AgentRoster(List<SimulatedAgent> agents) {
        this.agents = List.copyOf(agents);
        for (SimulatedAgent agent : agents) {
            for (String queue : agent.queues) {
                byQueue.computeIfAbsent(queue, key -> new ArrayList<>()).add(agent);
            }
        }
    }

    static AgentRoster generate(SimulationConfig config) {
        Dice dice = Dice.forKey(config.seed(), "agents", 0);
        List<SimulatedAgent> agents = new ArrayList<>(config.agents());
        for (int number = 1; number <= config.agents(); number++) {
            String team = Vocabulary.TEAMS.get((number - 1) % Vocabulary.TEAMS.size());
            String skill = switch (dice.weighted(new double[] {30, 45, 25})) {
                case 0 -> SimulatedAgent.JUNIOR;
                case 1 -> SimulatedAgent.REGULAR;
                default -> SimulatedAgent.SENIOR;
            };
            agents.add(new SimulatedAgent(number, dice.pick(Vocabulary.FIRST_NAMES), dice.pick(Vocabulary.LAST_NAMES),
                    team, skill, QUEUES_BY_TEAM.get(team)));
        }
        // Early transferers come from the busy inbound teams and are juniors: the pattern a supervisor expects.
        List<SimulatedAgent> candidates = new ArrayList<>(agents.stream()
                .filter(agent -> agent.team.equals("Summit") || agent.team.equals("Falcon")
                        || agent.team.equals("Meridian"))
                .toList());
        for (int chosen = 0; chosen < EARLY_TRANSFER_AGENTS; chosen++) {
            SimulatedAgent agent = candidates.remove(dice.between(0, candidates.size() - 1));
            agent.earlyTransferer = true;
        }
        List<SimulatedAgent> result = new ArrayList<>(agents.size());
        for (SimulatedAgent agent : agents) {
            result.add(agent.earlyTransferer && !agent.skill.equals(SimulatedAgent.JUNIOR)
                    ? junior(agent) : agent);
        }
        return new AgentRoster(result);
    }

    private static SimulatedAgent junior(SimulatedAgent agent) {
        SimulatedAgent copy = new SimulatedAgent(agent.number, agent.firstName, agent.lastName, agent.team,
                SimulatedAgent.JUNIOR, agent.queues);
        copy.earlyTransferer = true;
        return copy;
    }

    List<SimulatedAgent> forQueue(String queue) {
        List<SimulatedAgent> staff = byQueue.get(queue);
        if (staff == null) {
            throw new IllegalStateException("no agent serves queue " + queue);
        }
        return staff;
    }

    List<String> earlyTransferAgentIds() {
        return agents.stream().filter(agent -> agent.earlyTransferer).map(agent -> agent.id).toList();
    }
}
