package io.touchpoint.text.embedding;

import static java.util.Objects.requireNonNull;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns texts into unit-length sentence vectors with an in-process ONNX model, spreading a batch
 * of texts over a small pool of worker threads.
 *
 * <p>Why one text per model run rather than padded multi-row tensors: the models are int8 with
 * dynamic quantization, whose activation scale is computed over the whole input tensor, so padding
 * and neighbouring rows change a text's vector (cosine down to 0.975 in our measurement). One text
 * per run on single-threaded sessions, one per core, measured just as fast on 2 cores (~500
 * tweets/s for MiniLM, against ~300/s for langchain4j's {@code embedAll}, which tokenizes each text
 * three times and lets every run fight for all cores) and gives every text the same vector whatever
 * batch it arrives in. Texts longer than the model's window are embedded window by window and
 * averaged, weighted by tokens, as langchain4j does.
 *
 * <pre>{@code
 * SentenceEncoder encoder = SentenceEncoder.shared(EmbeddingModel.MINILM);
 * float[][] vectors = encoder.embed(List.of("my card was charged twice", "thanks, all sorted"));
 * }</pre>
 *
 * <p>Thread-safe: the ONNX session and the tokenizer are; nothing else changes after construction.
 */
public final class SentenceEncoder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceEncoder.class);

    /** Loading a model costs ~1 s and ~100 MB: one per model per process is enough. */
    private static final Map<EmbeddingModel, SentenceEncoder> SHARED = new ConcurrentHashMap<>();

    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();

    private final EmbeddingModel model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;
    private final int threads;
    private final ExecutorService workers;

    static {
        // DJL's tokenizer library "calls home" (an HTTP request to the EC2 metadata address) on first
        // load unless told not to. Touchpoint makes no network calls: opt out before any DJL class loads.
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private SentenceEncoder(EmbeddingModel model, int threads) {
        this.model = model;
        this.threads = threads;
        long started = System.nanoTime();
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // Parallelism comes from the worker threads; a multi-threaded session per call would oversubscribe.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(readResource(model.modelResource()), options);
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            try (InputStream tokenizerJson = openResource(model.tokenizerResource())) {
                tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                        Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "true"));
            }
        } catch (OrtException | IOException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "could not load embedding model " + model.wireName() + ": " + e.getMessage(), e);
        }
        workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "embedding-" + model.wireName() + "-" + WORKER_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        LOG.info("loaded embedding model {} ({} threads) in {} ms", model.wireName(), threads,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A new encoder using every available core; close it when done. */
    public static SentenceEncoder load(EmbeddingModel model) {
        return load(model, Runtime.getRuntime().availableProcessors());
    }

    /** A new encoder running {@code threads} model calls at a time (the calling thread is one of them). */
    public static SentenceEncoder load(EmbeddingModel model, int threads) {
        requireNonNull(model, "model is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new SentenceEncoder(model, threads);
    }

    /** The process-wide encoder of {@code model}, loaded on first use and never closed. */
    public static SentenceEncoder shared(EmbeddingModel model) {
        requireNonNull(model, "model is null");
        return SHARED.computeIfAbsent(model, SentenceEncoder::load);
    }

    public EmbeddingModel model() {
        return model;
    }

    public int dimensions() {
        return model.dimensions();
    }

    /** The unit-length vector of one text. */
    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    /** The unit-length vectors of {@code texts}, in the same order; each text's vector does not depend on the others. */
    public float[][] embed(List<String> texts) {
        requireNonNull(texts, "texts is null");
        int count = texts.size();
        float[][] sums = new float[count][model.dimensions()];
        if (count == 0) {
            return sums;
        }
        List<Window> windows = windows(texts);
        int parts = Math.min(threads, windows.size());
        List<Future<?>> running = new ArrayList<>(parts - 1);
        // Interleaved slices so that each worker gets a similar mix of long and short texts.
        for (int part = 1; part < parts; part++) {
            int first = part;
            running.add(workers.submit(() -> encodeSlice(windows, first, parts)));
        }
        encodeSlice(windows, 0, parts);
        for (Future<?> future : running) {
            await(future);
        }
        for (Window window : windows) {
            float[] sum = sums[window.textIndex];
            for (int d = 0; d < sum.length; d++) {
                sum[d] += window.pooled[d] * window.weight;
            }
        }
        for (float[] sum : sums) {
            normalize(sum);
        }
        return sums;
    }

    private void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "interrupted while embedding", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "embedding model " + model.wireName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** One model input: a whole text, or one window of a long text; {@code pooled} is filled by the model run. */
    private record Window(int textIndex, long[] ids, int weight, float[] pooled) { }

    private List<Window> windows(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts.toArray(String[]::new), true, false);
        List<Window> windows = new ArrayList<>(texts.size());
        int inner = model.maxTokens() - 2;
        int dims = model.dimensions();
        for (int i = 0; i < encodings.length; i++) {
            long[] ids = encodings[i].getIds();
            if (ids.length <= model.maxTokens()) {
                windows.add(new Window(i, ids, Math.max(1, ids.length - 2), new float[dims]));
                continue;
            }
            long cls = ids[0];
            long sep = ids[ids.length - 1];
            for (int start = 1; start < ids.length - 1; start += inner) {
                int end = Math.min(ids.length - 1, start + inner);
                long[] window = new long[end - start + 2];
                window[0] = cls;
                System.arraycopy(ids, start, window, 1, end - start);
                window[window.length - 1] = sep;
                windows.add(new Window(i, window, end - start, new float[dims]));
            }
        }
        return windows;
    }

    private void encodeSlice(List<Window> windows, int first, int step) {
        try {
            for (int i = first; i < windows.size(); i += step) {
                encode(windows.get(i));
            }
        } catch (OrtException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "embedding model " + model.wireName() + " failed: " + e.getMessage(), e);
        }
    }

    private void encode(Window window) throws OrtException {
        int length = window.ids.length;
        long[] shape = {1, length};
        long[] attention = new long[length];
        Arrays.fill(attention, 1L);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(window.ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(attention), shape);
                OnnxTensor typesTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[length]), shape)) {
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                pool(hidden, length, window.pooled);
            }
        }
    }

    private void pool(FloatBuffer hidden, int tokens, float[] pooled) {
        int dims = pooled.length;
        if (model.pooling() == EmbeddingModel.Pooling.CLS) {
            hidden.get(0, pooled, 0, dims);
            return;
        }
        float[] token = new float[dims];
        for (int t = 0; t < tokens; t++) {
            hidden.get(t * dims, token, 0, dims);
            for (int d = 0; d < dims; d++) {
                pooled[d] += token[d];
            }
        }
        for (int d = 0; d < dims; d++) {
            pooled[d] /= tokens;
        }
    }

    private static void normalize(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        if (squares == 0) {
            return;
        }
        float norm = (float) Math.sqrt(squares);
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= norm;
        }
    }

    private static InputStream openResource(String name) throws IOException {
        InputStream stream = SentenceEncoder.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException("classpath resource " + name + " is missing (is the langchain4j embeddings jar on the classpath?)");
        }
        return stream;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream stream = openResource(name)) {
            return stream.readAllBytes();
        }
    }

    @Override
    public void close() {
        SHARED.remove(model, this);
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("closing embedding model {} failed: {}", model.wireName(), e.getMessage());
        }
        tokenizer.close();
        if (workers != null) {
            workers.shutdown();
        }
    }
}
