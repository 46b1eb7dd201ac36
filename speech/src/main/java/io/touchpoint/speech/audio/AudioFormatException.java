package io.touchpoint.speech.audio;

import io.touchpoint.core.TouchpointException;

/** An audio file that cannot be decoded: the user has to convert or replace it. */
public final class AudioFormatException extends TouchpointException {

    private static final long serialVersionUID = 1L;

    public AudioFormatException(String message) {
        super(Kind.USER_ERROR, message);
    }
}
