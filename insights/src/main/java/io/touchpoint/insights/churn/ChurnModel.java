package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.touchpoint.core.TouchpointException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained churn model: the boosted trees, the feature schema that encodes a table for them,
 * and the calibration that turns their margins into probabilities.
 *
 * <p>Saved as one zip file holding {@value #BOOSTER_ENTRY} (XGBoost's own UBJSON model) and
 * {@value #METADATA_ENTRY} (schema, calibration, hyperparameters, validation figures).
 *
 * <pre>{@code
 * try (ChurnModel model = ChurnModel.load(Path.of("churn.model"))) {
 *     List<ChurnScore> scores = model.score(CustomerTable.read(Path.of("customers.csv")));
 * }
 * }</pre>
 */
public final class ChurnModel implements AutoCloseable {

    static final String BOOSTER_ENTRY = "xgboost.ubj";
    static final String METADATA_ENTRY = "churn-model.json";
    static final String FORMAT = "touchpoint-churn-model/1";
    public static final int DEFAULT_REASONS = 3;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What is saved beside the trees. */
    record Metadata(String format, FeatureSchema schema, PlattCalibration calibration, TrainingOptions options, int rounds,
            ClassificationMetrics validation) {
    }

    private final Booster booster;
    private final Metadata metadata;

    ChurnModel(Booster booster, Metadata metadata) {
        this.booster = requireNonNull(booster, "booster is null");
        this.metadata = requireNonNull(metadata, "metadata is null");
    }

    public FeatureSchema schema() {
        return metadata.schema();
    }

    public PlattCalibration calibration() {
        return metadata.calibration();
    }

    public TrainingOptions options() {
        return metadata.options();
    }

    /** Boosting rounds kept after early stopping. */
    public int rounds() {
        return metadata.rounds();
    }

    /** Figures on the validation part of the training data (calibrated probabilities). */
    public ClassificationMetrics validation() {
        return metadata.validation();
    }

    /** Scores every row of a table (the label column, if present, is ignored). */
    public List<ChurnScore> score(CustomerTable table) {
        return score(schema().encode(table), DEFAULT_REASONS);
    }

    public List<ChurnScore> score(FeatureMatrix matrix, int reasonLimit) {
        double[] probabilities = probabilities(matrix);
        float[][] contributions = contributions(matrix);
        List<ChurnScore> scores = new ArrayList<>(matrix.rows());
        for (int row = 0; row < matrix.rows(); row++) {
            scores.add(new ChurnScore(matrix.ids().get(row), probabilities[row],
                    ReasonSentences.reasons(schema(), matrix, row, contributions[row], reasonLimit)));
        }
        return scores;
    }

    /** Ranking and calibration figures on a labelled table. */
    public ClassificationMetrics evaluate(CustomerTable table) {
        if (!table.columns().contains(schema().labelColumn())) {
            throw TouchpointException.userError(table.source() + " has no label column '" + schema().labelColumn()
                    + "': evaluation needs the known outcome of every customer");
        }
        FeatureMatrix matrix = schema().encode(table);
        return ClassificationMetrics.of(probabilities(matrix), matrix.labels());
    }

    public double[] probabilities(FeatureMatrix matrix) {
        double[] margins = margins(booster, matrix);
        double[] probabilities = new double[margins.length];
        for (int i = 0; i < margins.length; i++) {
            probabilities[i] = calibration().probability(margins[i]);
        }
        return probabilities;
    }

    static double[] margins(Booster booster, FeatureMatrix matrix) {
        if (matrix.rows() == 0) {
            return new double[0];
        }
        DMatrix data = dmatrix(matrix);
        try {
            float[][] predicted = booster.predict(data, true);
            double[] margins = new double[predicted.length];
            for (int i = 0; i < predicted.length; i++) {
                margins[i] = predicted[i][0];
            }
            return margins;
        } catch (XGBoostError e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "XGBoost prediction failed: " + e.getMessage(), e);
        } finally {
            data.dispose();
        }
    }

    private float[][] contributions(FeatureMatrix matrix) {
        if (matrix.rows() == 0) {
            return new float[0][];
        }
        DMatrix data = dmatrix(matrix);
        try {
            return booster.predictContrib(data, 0);
        } catch (XGBoostError e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "XGBoost SHAP contributions failed: " + e.getMessage(), e);
        } finally {
            data.dispose();
        }
    }

    static DMatrix dmatrix(FeatureMatrix matrix) {
        try {
            DMatrix data = new DMatrix(matrix.values(), matrix.rows(), matrix.columns(), Float.NaN);
            if (matrix.labelled()) {
                float[] labels = new float[matrix.rows()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = matrix.labels()[i];
                }
                data.setLabel(labels);
            }
            return data;
        } catch (XGBoostError e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "could not build an XGBoost matrix: " + e.getMessage(), e);
        }
    }

    /** Writes the model file, replacing an existing one; parent folders are created. */
    public void save(Path file) {
        requireNonNull(file, "file is null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(METADATA_ENTRY));
                zip.write(JSON.writeValueAsBytes(metadata));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(BOOSTER_ENTRY));
                zip.write(booster.toByteArray("ubj"));
                zip.closeEntry();
            }
            // Written aside and moved so that a crash never leaves half a model under the real name.
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw TouchpointException.external("could not write churn model " + file + ": " + e.getMessage(), e);
        } catch (XGBoostError e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL, "could not serialize the XGBoost model: " + e.getMessage(), e);
        }
    }

    public static ChurnModel load(Path file) {
        requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file)) {
            throw TouchpointException.userError("churn model " + file + " does not exist (train one with 'touchpoint churn train')");
        }
        byte[] boosterBytes = null;
        Metadata metadata = null;
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                byte[] bytes = readAll(zip);
                if (entry.getName().equals(BOOSTER_ENTRY)) {
                    boosterBytes = bytes;
                } else if (entry.getName().equals(METADATA_ENTRY)) {
                    metadata = JSON.readValue(bytes, Metadata.class);
                }
            }
        } catch (IOException e) {
            throw TouchpointException.userError("churn model " + file + " is not readable as a model file: " + e.getMessage());
        }
        if (boosterBytes == null || metadata == null) {
            throw TouchpointException.userError("churn model " + file + " lacks " + (boosterBytes == null ? BOOSTER_ENTRY : METADATA_ENTRY)
                    + "; it is not a file written by 'touchpoint churn train'");
        }
        if (!FORMAT.equals(metadata.format())) {
            throw TouchpointException.userError("churn model " + file + " has format '" + metadata.format() + "', this version reads " + FORMAT);
        }
        try {
            return new ChurnModel(XGBoost.loadModel(boosterBytes), metadata);
        } catch (XGBoostError | IOException e) {
            throw TouchpointException.userError("churn model " + file + " holds no readable XGBoost model: " + e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
