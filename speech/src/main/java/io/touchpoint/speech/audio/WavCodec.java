package io.touchpoint.speech.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes RIFF/WAVE files: linear PCM (8, 16, 24 or 32 bit), 32-bit float, and the
 * G.711 telephony encodings mu-law and A-law, also inside WAVE_FORMAT_EXTENSIBLE. Written by
 * hand rather than through {@code javax.sound} because telephony WAVs often carry odd chunks
 * (fact, LIST, cue) and sizes of 0 or -1 written by streaming recorders, which this reader
 * tolerates.
 */
public final class WavCodec {

    /** How samples are stored in a WAV file. */
    public enum Encoding { PCM, FLOAT, MU_LAW, A_LAW }

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_ALAW = 6;
    private static final int FORMAT_MULAW = 7;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private WavCodec() {
    }

    /** Whether the bytes start like a WAV file. */
    public static boolean looksLikeWav(byte[] head) {
        return head.length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E';
    }

    public static PcmAudio read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.getFileName().toString());
    }

    /** Decodes a whole WAV file; {@code name} is used in error messages. */
    public static PcmAudio decode(byte[] bytes, String name) {
        if (!looksLikeWav(bytes)) {
            throw new AudioFormatException(name + ": not a WAV file (no RIFF/WAVE header)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.position(12);
        int format = -1;
        int channels = 0;
        int sampleRate = 0;
        int bitsPerSample = 0;
        int blockAlign = 0;
        while (buffer.remaining() >= 8) {
            String id = new String(bytes, buffer.position(), 4, java.nio.charset.StandardCharsets.US_ASCII);
            buffer.position(buffer.position() + 4);
            long size = Integer.toUnsignedLong(buffer.getInt());
            int start = buffer.position();
            if (id.equals("fmt ")) {
                if (size < 16 || start + size > bytes.length) {
                    throw new AudioFormatException(name + ": fmt chunk is " + size + " bytes, expected at least 16");
                }
                format = Short.toUnsignedInt(buffer.getShort());
                channels = Short.toUnsignedInt(buffer.getShort());
                sampleRate = buffer.getInt();
                buffer.getInt(); // byte rate: derived, not trusted
                blockAlign = Short.toUnsignedInt(buffer.getShort());
                bitsPerSample = Short.toUnsignedInt(buffer.getShort());
                if (format == FORMAT_EXTENSIBLE && size >= 40) {
                    buffer.position(start + 24);
                    format = Short.toUnsignedInt(buffer.getShort()); // first two bytes of the sub-format GUID
                }
            } else if (id.equals("data")) {
                if (format < 0) {
                    throw new AudioFormatException(name + ": data chunk comes before the fmt chunk");
                }
                // Streaming recorders leave the size at 0 or 0xFFFFFFFF: read to the end of the file then.
                long available = bytes.length - start;
                long length = size == 0 || size > available ? available : size;
                return samples(bytes, start, (int) length, encoding(format, bitsPerSample, name), channels,
                        sampleRate, bitsPerSample, blockAlign, name);
            }
            long next = start + size + (size & 1);
            if (next > bytes.length) {
                break;
            }
            buffer.position((int) next);
        }
        throw new AudioFormatException(name + ": no data chunk found; the file is cut short or not audio");
    }

    private static Encoding encoding(int format, int bits, String name) {
        return switch (format) {
            case FORMAT_PCM -> Encoding.PCM;
            case FORMAT_FLOAT -> Encoding.FLOAT;
            case FORMAT_MULAW -> Encoding.MU_LAW;
            case FORMAT_ALAW -> Encoding.A_LAW;
            default -> throw new AudioFormatException(name + ": WAV format code " + format + " (" + bits
                    + " bit) is not supported; convert it to PCM, mu-law or A-law, or to FLAC");
        };
    }

    private static PcmAudio samples(byte[] bytes, int offset, int length, Encoding encoding, int channels,
            int sampleRate, int bits, int blockAlign, String name) {
        if (channels < 1 || channels > 8) {
            throw new AudioFormatException(name + ": " + channels + " channels; expected 1 to 8");
        }
        int bytesPerSample = switch (encoding) {
            case MU_LAW, A_LAW -> 1;
            case FLOAT -> 4;
            case PCM -> switch (bits) {
                case 8 -> 1;
                case 16 -> 2;
                case 24 -> 3;
                case 32 -> 4;
                default -> throw new AudioFormatException(name + ": " + bits + "-bit PCM is not supported");
            };
        };
        int frameBytes = Math.max(blockAlign, bytesPerSample * channels);
        int frames = length / frameBytes;
        short[][] out = new short[channels][frames];
        for (int frame = 0; frame < frames; frame++) {
            int base = offset + frame * frameBytes;
            for (int channel = 0; channel < channels; channel++) {
                int at = base + channel * bytesPerSample;
                out[channel][frame] = switch (encoding) {
                    case MU_LAW -> G711.decodeMuLaw(bytes[at]);
                    case A_LAW -> G711.decodeALaw(bytes[at]);
                    case FLOAT -> clip(Float.intBitsToFloat(littleInt(bytes, at)) * 32767.0);
                    case PCM -> switch (bytesPerSample) {
                        case 1 -> (short) (((bytes[at] & 0xFF) - 128) << 8); // 8-bit WAV is unsigned
                        case 2 -> (short) ((bytes[at] & 0xFF) | (bytes[at + 1] << 8));
                        case 3 -> (short) ((bytes[at + 1] & 0xFF) | (bytes[at + 2] << 8));
                        default -> (short) ((bytes[at + 2] & 0xFF) | (bytes[at + 3] << 8));
                    };
                };
            }
        }
        return new PcmAudio(sampleRate, out);
    }

    private static int littleInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | bytes[at + 3] << 24;
    }

    static short clip(double value) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }

    /** Encodes audio as a WAV file: 16-bit PCM, or 8-bit mu-law / A-law for telephony. */
    public static byte[] encode(PcmAudio audio, Encoding encoding) {
        int bytesPerSample = switch (encoding) {
            case PCM -> 2;
            case MU_LAW, A_LAW -> 1;
            case FLOAT -> throw new IllegalArgumentException("writing float WAV is not supported");
        };
        int channels = audio.channelCount();
        int frames = audio.frames();
        int dataBytes = frames * channels * bytesPerSample;
        boolean g711 = encoding != Encoding.PCM;
        int fmtSize = g711 ? 18 : 16;
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + dataBytes);
        ByteBuffer header = ByteBuffer.allocate(12 + 8 + fmtSize + 8).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt(4 + 8 + fmtSize + 8 + dataBytes);
        header.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt(fmtSize);
        header.putShort((short) switch (encoding) {
            case PCM -> FORMAT_PCM;
            case MU_LAW -> FORMAT_MULAW;
            case A_LAW -> FORMAT_ALAW;
            case FLOAT -> FORMAT_FLOAT;
        });
        header.putShort((short) channels);
        header.putInt(audio.sampleRate());
        header.putInt(audio.sampleRate() * channels * bytesPerSample);
        header.putShort((short) (channels * bytesPerSample));
        header.putShort((short) (bytesPerSample * 8));
        if (g711) {
            header.putShort((short) 0);
        }
        header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt(dataBytes);
        out.writeBytes(header.array());
        short[][] samples = new short[channels][];
        for (int channel = 0; channel < channels; channel++) {
            samples[channel] = audio.channel(channel);
        }
        byte[] data = new byte[dataBytes];
        int at = 0;
        for (int frame = 0; frame < frames; frame++) {
            for (int channel = 0; channel < channels; channel++) {
                short sample = samples[channel][frame];
                switch (encoding) {
                    case PCM -> {
                        data[at++] = (byte) sample;
                        data[at++] = (byte) (sample >> 8);
                    }
                    case MU_LAW -> data[at++] = G711.encodeMuLaw(sample);
                    case A_LAW -> data[at++] = G711.encodeALaw(sample);
                    case FLOAT -> throw new IllegalStateException();
                }
            }
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** Writes a WAV file atomically (a temporary file moved into place), so a crash leaves no half file. */
    public static void write(PcmAudio audio, Encoding encoding, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".touchpoint-", ".wav.part");
        try {
            Files.write(temporary, encode(audio, encoding));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
