package io.touchpoint.core.analysis;

import io.touchpoint.core.TouchpointException;

/** An analyzer failed on one interaction; the message names both. */
public final class AnalyzerException extends TouchpointException {

    private static final long serialVersionUID = 1L;

    public AnalyzerException(String analyzer, String interactionId, Throwable cause) {
        super(Kind.INTERNAL, "analyzer '" + analyzer + "' failed on interaction " + interactionId + ": "
                + cause.getMessage(), cause);
    }
}
