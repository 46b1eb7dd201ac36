package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.text.classify.ClassifierOptions.Solver;
import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.embedding.SentenceEncoder;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A text classifier trained from labeled examples: sentence embeddings and TF-IDF word n-grams
 * into a linear model (LIBLINEAR). Intent, contact reason, routing queue and sentiment models are
 * all of this kind.
 *
 * <p>Why LIBLINEAR rather than our own optimizer: it is the reference implementation of these
 * models (BSD licence, pure Java port, no dependencies), handles the mix of 384 dense and tens of
 * thousands of sparse features well and offers Crammer-Singer's multi-class SVM, which trains a
 * 77-intent model in seconds. The trained weights are copied out of LIBLINEAR into this class, so
 * a saved model is plain text in a zip and prediction needs no LIBLINEAR objects.
 *
 * <pre>{@code
 * TextClassifier model = TextClassifier.train(texts, labels, ClassifierOptions.defaults());
 * model.save(Path.of("intents.tpmodel"));
 * Prediction p = TextClassifier.load(Path.of("intents.tpmodel")).predict(List.of("my card never arrived")).get(0);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextClassifier {

    private static final Logger LOG = LoggerFactory.getLogger(TextClassifier.class);

    /** Written into every model file; a file with another format is refused. */
    public static final String FORMAT = "touchpoint-text-classifier/1";

    private static final String BIAS_FEATURE = "(bias)";
    private static final String EMBEDDING_FEATURE_PREFIX = "embedding:";
    private static final double[] TEMPERATURES = {1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48};

    /** How decision values become probabilities. */
    private enum Calibration { LOGISTIC, SOFTMAX }

    private final List<String> labels;
    private final ClassifierOptions options;
    private final TfIdfVectorizer vectorizer;
    private final int embeddingDimensions;
    /** [class][feature]: embedding dimensions first, then the vectorizer's terms. */
    private final float[][] weights;
    private final float[] bias;
    private final Calibration calibration;
    private final double temperature;
    private final Map<String, String> metadata;

    private TextClassifier(List<String> labels, ClassifierOptions options, TfIdfVectorizer vectorizer, float[][] weights,
            float[] bias, Calibration calibration, double temperature, Map<String, String> metadata) {
        this.labels = List.copyOf(labels);
        this.options = options;
        this.vectorizer = vectorizer;
        this.embeddingDimensions = options.embeddingModel().map(EmbeddingModel::dimensions).orElse(0);
        this.weights = weights;
        this.bias = bias;
        this.calibration = calibration;
        this.temperature = temperature;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        int features = embeddingDimensions + vectorizer.size();
        if (weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException(labels.size() + " labels but weights for " + weights.length + " classes");
        }
        for (float[] row : weights) {
            if (row.length != features) {
                throw new IllegalArgumentException("a weight row has " + row.length + " entries, expected " + features);
            }
        }
    }

    /** Trains on {@code texts} and their {@code labels}, embedding the texts first when the options ask for it. */
    public static TextClassifier train(List<String> texts, List<String> labels, ClassifierOptions options) {
        requireNonNull(options, "options is null");
        float[][] embeddings = options.embeddingModel()
                .map(model -> SentenceEncoder.shared(model).embed(texts))
                .orElse(null);
        return train(texts, embeddings, labels, options);
    }

    /**
     * Trains with embeddings computed beforehand (one row per text, from the options' embedding
     * model; {@code null} when the options use none), e.g. once for all folds of a cross-validation.
     */
    public static TextClassifier train(List<String> texts, float[][] embeddings, List<String> labels,
            ClassifierOptions options) {
        requireNonNull(texts, "texts is null");
        requireNonNull(labels, "labels is null");
        requireNonNull(options, "options is null");
        checkInputs(texts, embeddings, labels, options);
        List<String> classes = new ArrayList<>(new TreeSet<>(labels));
        if (classes.size() < 2) {
            throw TouchpointException.userError("training needs at least two different labels, found only "
                    + classes.stream().map(label -> "'" + label + "'").toList());
        }
        Map<String, Integer> classIndex = new LinkedHashMap<>();
        for (String label : classes) {
            classIndex.put(label, classIndex.size());
        }
        int[] y = labels.stream().mapToInt(classIndex::get).toArray();
        TfIdfVectorizer vectorizer = options.maxNgram() == 0
                ? new TfIdfVectorizer(1, 0, List.of(), new float[0])
                : TfIdfVectorizer.fit(texts, options.maxNgram(), options.maxCharNgram(), options.minDocumentFrequency());
        int dimensions = options.embeddingModel().map(EmbeddingModel::dimensions).orElse(0);
        int features = dimensions + vectorizer.size();
        Feature[][] rows = new Feature[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            rows[i] = liblinearRow(embeddings == null ? null : embeddings[i], vectorizer.transform(texts.get(i)),
                    options.embeddingWeight(), dimensions, features);
        }
        long started = System.nanoTime();
        Calibration calibration = options.solver() == Solver.LOGISTIC ? Calibration.LOGISTIC : Calibration.SOFTMAX;
        double temperature = 1;
        if (calibration == Calibration.SOFTMAX) {
            temperature = fitTemperature(rows, y, classes.size(), features, options);
        }
        float[][] weights = new float[classes.size()][features];
        float[] bias = new float[classes.size()];
        fit(rows, y, features, options, weights, bias);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("trainingRows", Integer.toString(texts.size()));
        LOG.info("trained a {}-class {} classifier on {} texts with {} features in {} ms", classes.size(),
                options.solver().wireName(), texts.size(), features, (System.nanoTime() - started) / 1_000_000);
        return new TextClassifier(classes, options, vectorizer, weights, bias, calibration, temperature, metadata);
    }

    private static void checkInputs(List<String> texts, float[][] embeddings, List<String> labels, ClassifierOptions options) {
        if (texts.size() != labels.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + labels.size() + " labels");
        }
        if (texts.isEmpty()) {
            throw TouchpointException.userError("no training examples");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null || labels.get(i).isBlank()) {
                throw TouchpointException.userError("training example " + (i + 1) + " has no label");
            }
            if (texts.get(i) == null) {
                throw TouchpointException.userError("training example " + (i + 1) + " has no text");
            }
        }
        if (options.embedding() != null) {
            if (embeddings == null || embeddings.length != texts.size()) {
                throw new IllegalArgumentException("options use " + options.embedding().wireName()
                        + " embeddings: give one per text (" + texts.size() + ")");
            }
        }
    }

    /** LIBLINEAR's input: 1-based increasing feature indices, the bias feature last. */
    private static Feature[] liblinearRow(float[] embedding, SparseVector terms, double embeddingWeight, int dimensions,
            int features) {
        int size = (embedding == null ? 0 : dimensions) + terms.size() + 1;
        Feature[] row = new Feature[size];
        int k = 0;
        if (embedding != null) {
            for (int d = 0; d < dimensions; d++) {
                row[k++] = new FeatureNode(d + 1, embedding[d] * embeddingWeight);
            }
        }
        for (int j = 0; j < terms.size(); j++) {
            row[k++] = new FeatureNode(dimensions + terms.indices()[j] + 1, terms.values()[j]);
        }
        row[k] = new FeatureNode(features + 1, 1.0);
        return row;
    }

    private static Model liblinear(Feature[][] rows, int[] y, int features, ClassifierOptions options) {
        Problem problem = new Problem();
        problem.l = rows.length;
        problem.n = features + 1;
        problem.bias = 1.0;
        problem.x = rows;
        problem.y = new double[rows.length];
        for (int i = 0; i < y.length; i++) {
            problem.y[i] = y[i];
        }
        SolverType type = options.solver() == Solver.LOGISTIC ? SolverType.L2R_LR : SolverType.MCSVM_CS;
        Parameter parameter = new Parameter(type, options.cost(), options.solver() == Solver.LOGISTIC ? 0.01 : 0.1);
        // LIBLINEAR prints progress to stdout unless told not to; library code must stay quiet.
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return Linear.train(problem, parameter);
    }

    private static void fit(Feature[][] rows, int[] y, int features, ClassifierOptions options, float[][] weights,
            float[] bias) {
        Model model = liblinear(rows, y, features, options);
        int[] modelLabels = model.getLabels();
        for (int labelIndex = 0; labelIndex < modelLabels.length; labelIndex++) {
            int cls = modelLabels[labelIndex];
            for (int feature = 0; feature < features; feature++) {
                weights[cls][feature] = (float) model.getDecfunCoef(feature + 1, labelIndex);
            }
            // getDecfunCoef answers 0 past the last real feature: the intercept comes from getDecfunBias.
            bias[cls] = (float) model.getDecfunBias(labelIndex);
        }
    }

    /**
     * SVM decision values are not probabilities: fit the softmax temperature that best predicts a
     * held-out tenth of the training data (lowest log-loss), then train on everything.
     */
    private static double fitTemperature(Feature[][] rows, int[] y, int classes, int features, ClassifierOptions options) {
        if (rows.length < 50) {
            return 8;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(17));
        int heldOut = rows.length / 10;
        Feature[][] trainRows = new Feature[rows.length - heldOut][];
        int[] trainY = new int[rows.length - heldOut];
        for (int k = heldOut; k < rows.length; k++) {
            trainRows[k - heldOut] = rows[order.get(k)];
            trainY[k - heldOut] = y[order.get(k)];
        }
        float[][] weights = new float[classes][features];
        float[] bias = new float[classes];
        fit(trainRows, trainY, features, options, weights, bias);
        double[][] decisions = new double[heldOut][];
        for (int k = 0; k < heldOut; k++) {
            decisions[k] = decision(weights, bias, rows[order.get(k)], features);
        }
        double best = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double temperature : TEMPERATURES) {
            double loss = 0;
            for (int k = 0; k < heldOut; k++) {
                double[] probabilities = softmax(decisions[k], temperature);
                loss -= Math.log(Math.max(1e-12, probabilities[y[order.get(k)]]));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }

    private static double[] decision(float[][] weights, float[] bias, Feature[] row, int features) {
        double[] scores = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            double sum = bias[c];
            for (Feature feature : row) {
                int index = feature.getIndex() - 1;
                if (index < features) {
                    sum += weights[c][index] * feature.getValue();
                }
            }
            scores[c] = sum;
        }
        return scores;
    }

    public List<String> labels() {
        return labels;
    }

    public ClassifierOptions options() {
        return options;
    }

    /** Facts recorded with the model (training rows, measured accuracy, data source). */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** A copy carrying {@code more} metadata, e.g. the accuracy measured on a test split. */
    public TextClassifier withMetadata(Map<String, String> more) {
        Map<String, String> merged = new LinkedHashMap<>(metadata);
        merged.putAll(more);
        return new TextClassifier(labels, options, vectorizer, weights, bias, calibration, temperature, merged);
    }

    /** Predicts every text, embedding them in one batch when the model uses embeddings. */
    public List<Prediction> predict(List<String> texts) {
        requireNonNull(texts, "texts is null");
        float[][] embeddings = options.embeddingModel()
                .map(model -> SentenceEncoder.shared(model).embed(texts))
                .orElse(null);
        return predict(texts, embeddings);
    }

    /** Predicts with embeddings computed beforehand (one per text; {@code null} when the model uses none). */
    public List<Prediction> predict(List<String> texts, float[][] embeddings) {
        requireNonNull(texts, "texts is null");
        if (embeddingDimensions > 0 && (embeddings == null || embeddings.length != texts.size())) {
            throw new IllegalArgumentException("this model needs one " + options.embedding().wireName()
                    + " embedding per text (" + texts.size() + ")");
        }
        List<Prediction> predictions = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            predictions.add(predictOne(texts.get(i), embeddings == null ? null : embeddings[i]));
        }
        return predictions;
    }

    private Prediction predictOne(String text, float[] embedding) {
        SparseVector terms = vectorizer.transform(text);
        double[] scores = new double[labels.size()];
        for (int c = 0; c < scores.length; c++) {
            float[] row = weights[c];
            double sum = bias[c];
            if (embedding != null) {
                for (int d = 0; d < embeddingDimensions; d++) {
                    sum += row[d] * embedding[d] * options.embeddingWeight();
                }
            }
            for (int j = 0; j < terms.size(); j++) {
                sum += row[embeddingDimensions + terms.indices()[j]] * terms.values()[j];
            }
            scores[c] = sum;
        }
        double[] probabilities = calibration == Calibration.LOGISTIC ? logistic(scores) : softmax(scores, temperature);
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), Math.min(1.0, probabilities[best]), probabilities);
    }

    /** LIBLINEAR's one-vs-rest probabilities: a sigmoid per class, normalized to sum to one. */
    private static double[] logistic(double[] scores) {
        double[] probabilities = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] = 1 / (1 + Math.exp(-scores[c]));
            sum += probabilities[c];
        }
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }

    private static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double[] probabilities = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] = Math.exp((scores[c] - max) * temperature);
            sum += probabilities[c];
        }
        for (int c = 0; c < scores.length; c++) {
            probabilities[c] /= sum;
        }
        return probabilities;
    }

    // ---- the model file: a zip of model.properties, labels.txt and features.tsv ----

    /** Writes the model to {@code file} (a zip; by convention named {@code *.tpmodel}). */
    public void save(Path file) {
        requireNonNull(file, "file is null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
        } catch (IOException e) {
            throw TouchpointException.external("could not write model " + file + ": " + e.getMessage(), e);
        }
        LOG.info("saved {}-class classifier to {}", labels.size(), file);
    }

    /** Writes the model zip to {@code out}, which stays open. */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("model.properties"));
        zip.write(propertiesText().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("labels.txt"));
        zip.write((String.join("\n", labels) + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("features.tsv"));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
        writer.write("# feature\tidf\tone weight per label, in the order of labels.txt\n");
        writeFeature(writer, BIAS_FEATURE, "", bias);
        float[] column = new float[labels.size()];
        for (int feature = 0; feature < embeddingDimensions + vectorizer.size(); feature++) {
            for (int c = 0; c < labels.size(); c++) {
                column[c] = weights[c][feature];
            }
            if (feature < embeddingDimensions) {
                writeFeature(writer, EMBEDDING_FEATURE_PREFIX + feature, "", column);
            } else {
                int term = feature - embeddingDimensions;
                writeFeature(writer, vectorizer.terms().get(term), compact(vectorizer.idf(term)), column);
            }
        }
        writer.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void writeFeature(BufferedWriter writer, String name, String idf, float[] values) throws IOException {
        writer.write(name);
        writer.write('\t');
        writer.write(idf);
        for (float value : values) {
            writer.write('\t');
            writer.write(compact(value));
        }
        writer.write('\n');
    }

    /** Six significant digits: predictions do not change, and the file is half the size of full floats. */
    private static String compact(float value) {
        if (value == 0f) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }

    private String propertiesText() {
        StringBuilder text = new StringBuilder();
        text.append("# Touchpoint text classifier; see docs/text.md\n");
        Map<String, String> properties = new TreeMap<>();
        properties.put("format", FORMAT);
        properties.put("embedding", options.embeddingModel().map(EmbeddingModel::wireName).orElse("none"));
        properties.put("embeddingWeight", Double.toString(options.embeddingWeight()));
        properties.put("maxNgram", Integer.toString(options.maxNgram()));
        properties.put("maxCharNgram", Integer.toString(options.maxCharNgram()));
        properties.put("minDocumentFrequency", Integer.toString(options.minDocumentFrequency()));
        properties.put("solver", options.solver().wireName());
        properties.put("cost", Double.toString(options.cost()));
        properties.put("calibration", calibration.name().toLowerCase(Locale.ROOT));
        properties.put("temperature", Double.toString(temperature));
        metadata.forEach((key, value) -> properties.put("meta." + key, value));
        properties.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Reads a model written by {@link #save(Path)}. */
    public static TextClassifier load(Path file) {
        requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file)) {
            throw TouchpointException.userError("model file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw TouchpointException.external("could not read model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model zip from {@code in}; {@code source} names it in error messages. */
    public static TextClassifier read(InputStream in, String source) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.util.zip.ZipException e) {
            throw TouchpointException.userError(source + " is not a Touchpoint model file (not a zip: " + e.getMessage() + ")");
        }
        for (String required : List.of("model.properties", "labels.txt", "features.tsv")) {
            if (!entries.containsKey(required)) {
                throw TouchpointException.userError(source + " is not a Touchpoint model file: it has no " + required);
            }
        }
        Properties properties = new Properties();
        properties.load(new StringReader(entries.get("model.properties")));
        String format = properties.getProperty("format");
        if (!FORMAT.equals(format)) {
            throw TouchpointException.userError(source + ": model format '" + format + "' is not " + FORMAT);
        }
        try {
            String embeddingName = properties.getProperty("embedding", "none");
            ClassifierOptions options = new ClassifierOptions(
                    "none".equals(embeddingName) ? null : EmbeddingModel.parse(embeddingName),
                    Double.parseDouble(properties.getProperty("embeddingWeight", "1")),
                    Integer.parseInt(properties.getProperty("maxNgram")),
                    Integer.parseInt(properties.getProperty("maxCharNgram", "0")),
                    Integer.parseInt(properties.getProperty("minDocumentFrequency")),
                    Solver.parse(properties.getProperty("solver")),
                    Double.parseDouble(properties.getProperty("cost")));
            Calibration calibration = Calibration.valueOf(properties.getProperty("calibration").toUpperCase(Locale.ROOT));
            double temperature = Double.parseDouble(properties.getProperty("temperature"));
            List<String> labels = entries.get("labels.txt").lines().filter(line -> !line.isEmpty()).toList();
            if (new LinkedHashSet<>(labels).size() != labels.size()) {
                throw TouchpointException.userError(source + ": labels.txt repeats a label");
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString).toList()) {
                if (key.startsWith("meta.")) {
                    metadata.put(key.substring(5), properties.getProperty(key));
                }
            }
            int dimensions = options.embeddingModel().map(EmbeddingModel::dimensions).orElse(0);
            return readFeatures(entries.get("features.tsv"), source, labels, options, dimensions, calibration, temperature,
                    metadata);
        } catch (NumberFormatException | NullPointerException e) {
            throw TouchpointException.userError(source + ": model.properties is incomplete or malformed (" + e + ")");
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(source + ": " + e.getMessage());
        }
    }

    private static TextClassifier readFeatures(String tsv, String source, List<String> labels, ClassifierOptions options,
            int dimensions, Calibration calibration, double temperature, Map<String, String> metadata) throws IOException {
        List<String> terms = new ArrayList<>();
        List<Float> idf = new ArrayList<>();
        List<float[]> columns = new ArrayList<>();
        float[] bias = null;
        BufferedReader reader = new BufferedReader(new StringReader(tsv));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != labels.size() + 2) {
                throw TouchpointException.userError(source + ": line " + number + " of features.tsv has " + fields.length
                        + " fields, expected " + (labels.size() + 2));
            }
            float[] column = new float[labels.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = Float.parseFloat(fields[c + 2]);
            }
            if (fields[0].equals(BIAS_FEATURE)) {
                bias = column;
            } else if (fields[0].startsWith(EMBEDDING_FEATURE_PREFIX) && fields[1].isEmpty()) {
                if (Integer.parseInt(fields[0].substring(EMBEDDING_FEATURE_PREFIX.length())) != columns.size()) {
                    throw TouchpointException.userError(source + ": line " + number + " of features.tsv is out of order");
                }
                columns.add(column);
            } else {
                terms.add(fields[0]);
                idf.add(Float.parseFloat(fields[1]));
                columns.add(column);
            }
        }
        if (bias == null) {
            throw TouchpointException.userError(source + ": features.tsv has no " + BIAS_FEATURE + " line");
        }
        if (columns.size() != dimensions + terms.size()) {
            throw TouchpointException.userError(source + ": features.tsv has " + (columns.size() - terms.size())
                    + " embedding weights, the model's embedding has " + dimensions);
        }
        float[][] weights = new float[labels.size()][columns.size()];
        for (int feature = 0; feature < columns.size(); feature++) {
            float[] column = columns.get(feature);
            for (int c = 0; c < labels.size(); c++) {
                weights[c][feature] = column[c];
            }
        }
        float[] idfValues = new float[idf.size()];
        for (int i = 0; i < idfValues.length; i++) {
            idfValues[i] = idf.get(i);
        }
        TfIdfVectorizer vectorizer = new TfIdfVectorizer(Math.max(1, options.maxNgram()), options.maxCharNgram(), terms,
                idfValues);
        return new TextClassifier(labels, options, vectorizer, weights, bias, calibration, temperature, metadata);
    }

    /** Reads a model from a classpath resource, e.g. the bundled sentiment model. */
    public static TextClassifier fromResource(String resource) {
        try (InputStream in = TextClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new TouchpointException(TouchpointException.Kind.INTERNAL, "model resource " + resource + " is missing");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "could not read model resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
