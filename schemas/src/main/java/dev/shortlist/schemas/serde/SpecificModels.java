package dev.shortlist.schemas.serde;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * A {@link SpecificData} that knows every standard logical-type conversion. A generated class's own
 * model only knows the conversions of its own fields, so optional dates and timestamps
 * ({@code ["null", date]}) inside nested records would otherwise be written or read as raw ints and
 * longs.
 */
final class SpecificModels {

    private SpecificModels() {}

    static SpecificData withAllConversions(ClassLoader classLoader) {
        SpecificData data = new SpecificData(classLoader);
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
        data.addLogicalTypeConversion(new Conversions.DecimalConversion());
        data.addLogicalTypeConversion(new Conversions.UUIDConversion());
        return data;
    }
}
