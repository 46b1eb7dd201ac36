package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/** The files {@link SimulationWriter#write} produced, each an absolute path inside the output folder. */
public record WrittenFiles(Path interactions, Path mailbox, Path socialPosts, Path customers, Path agents,
                           Path desktopEvents, Path groundTruth, Path groundTruthDescription) {

    public WrittenFiles {
        requireNonNull(interactions, "interactions is null");
        requireNonNull(mailbox, "mailbox is null");
        requireNonNull(socialPosts, "socialPosts is null");
        requireNonNull(customers, "customers is null");
        requireNonNull(agents, "agents is null");
        requireNonNull(desktopEvents, "desktopEvents is null");
        requireNonNull(groundTruth, "groundTruth is null");
        requireNonNull(groundTruthDescription, "groundTruthDescription is null");
    }

    /** All files, in the order they are listed above. */
    public List<Path> all() {
        return List.of(interactions, mailbox, socialPosts, customers, agents, desktopEvents, groundTruth,
                groundTruthDescription);
    }
}
