package io.touchpoint.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest (set by the build). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = TouchpointCommand.class.getPackage().getImplementationVersion();
        return new String[] {"touchpoint " + (version == null ? "(development build)" : version),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
