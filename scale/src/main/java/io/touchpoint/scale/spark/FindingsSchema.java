package io.touchpoint.scale.spark;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The store's {@code findings} table (store/src/main/resources/db/migration/V1__initial.sql) as
 * a Spark schema: same column names, order and types, so that DuckDB can
 * {@code INSERT INTO findings SELECT * FROM read_parquet(...)}. One row per piece of evidence;
 * {@code finding_index} groups the rows of one finding, exactly as the store writes them.
 */
public final class FindingsSchema {

    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("interaction_id", DataTypes.StringType),
        field("finding_index", DataTypes.IntegerType),
        field("evidence_index", DataTypes.IntegerType),
        field("analyzer", DataTypes.StringType),
        field("type", DataTypes.StringType),
        field("name", DataTypes.StringType),
        field("label", DataTypes.StringType),
        field("score", DataTypes.DoubleType),
        field("confidence", DataTypes.DoubleType),
        field("turn_index", DataTypes.IntegerType),
        field("char_start", DataTypes.IntegerType),
        field("char_end", DataTypes.IntegerType),
        field("start_ms", DataTypes.LongType),
        field("end_ms", DataTypes.LongType),
        field("pipeline_version", DataTypes.StringType),
    });

    private FindingsSchema() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    /** The rows of one analyzed interaction. */
    public static List<Row> rows(AnalyzedInteraction analyzed, String pipelineVersion) {
        String id = analyzed.interaction().id();
        List<Row> rows = new ArrayList<>();
        List<Finding> findings = analyzed.findings();
        for (int f = 0; f < findings.size(); f++) {
            Finding finding = findings.get(f);
            for (int e = 0; e < finding.evidence().size(); e++) {
                Evidence evidence = finding.evidence().get(e);
                rows.add(RowFactory.create(id, f, e, finding.analyzer(), finding.type(), finding.name(), finding.label(),
                        finding.score(), finding.confidence(), evidence.turnIndex(), evidence.charStart(),
                        evidence.charEnd(), evidence.startMs(), evidence.endMs(), pipelineVersion));
            }
        }
        return rows;
    }
}
