package io.touchpoint.speech.audio;

/**
 * The ITU-T G.711 telephone codecs: mu-law (North America, Japan) and A-law (elsewhere), each
 * 8 bits per sample. Decoding follows the standard's segment tables; encoding is used to write
 * telephony test files.
 */
public final class G711 {

    private static final int BIAS = 0x84;
    private static final int CLIP = 32635;

    private G711() {
    }

    public static short decodeMuLaw(byte encoded) {
        int value = ~encoded & 0xFF;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int sample = ((mantissa << 3) + BIAS) << exponent;
        sample -= BIAS;
        return (short) (sign != 0 ? -sample : sample);
    }

    public static byte encodeMuLaw(short pcm) {
        int sample = pcm;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0) {
            sample = -sample;
        }
        sample = Math.min(sample, CLIP) + BIAS;
        int exponent = 7;
        for (int mask = 0x4000; (sample & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    public static short decodeALaw(byte encoded) {
        int value = (encoded & 0xFF) ^ 0x55;
        int sign = value & 0x80;
        int exponent = (value >> 4) & 0x07;
        int mantissa = value & 0x0F;
        int sample = exponent == 0 ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
        return (short) (sign != 0 ? sample : -sample);
    }

    public static byte encodeALaw(short pcm) {
        int value = pcm >> 3;
        int mask;
        if (value >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            value = -value - 1;
        }
        int segment = 0;
        while (segment < 8 && value >= (0x20 << segment)) {
            segment++;
        }
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int encoded = segment << 4;
        encoded |= segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte) (encoded ^ mask);
    }
}
