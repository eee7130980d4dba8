package dev.shortlist.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro: fetches the writer schema by id (cached) and decodes into generated
 * classes when {@code specific.avro.reader=true} (resolving writer against the class's schema, so
 * older and newer writers both read), otherwise into {@link org.apache.avro.generic.GenericRecord}.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

    /** Packages whose generated classes Avro may instantiate when reading. */
    static final String TRUSTED_PACKAGE = "dev.shortlist.";

    static {
        // Avro >= 1.12.2 instantiates only trusted classes; trust the project's generated contracts.
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(
                ClassSecurityValidator.composite(current, type -> type.getName().startsWith(TRUSTED_PACKAGE)));
    }

    private SchemaRegistryClient registry;
    private AvroSerdeConfig config;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    public KafkaAvroDeserializer() {}

    /** For tests and callers that share one registry client. */
    public KafkaAvroDeserializer(SchemaRegistryClient registry, Map<String, ?> configs) {
        this.registry = registry;
        this.config = AvroSerdeConfig.from(configs);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.config = AvroSerdeConfig.from(configs);
        if (registry == null) {
            this.registry = config.newClient();
        }
    }

    @Override
    public Object deserialize(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(payload);
        try {
            DatumReader<Object> reader = readers.computeIfAbsent(id, this::newReader);
            BinaryDecoder decoder = DecoderFactory.get()
                    .binaryDecoder(payload, WireFormat.HEADER_SIZE, payload.length - WireFormat.HEADER_SIZE, null);
            return reader.read(null, decoder);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Could not fetch schema " + id + " for a record of " + topic + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Could not read Avro schema id " + id + " from " + topic + ": " + e.getMessage(), e);
        }
    }

    private DatumReader<Object> newReader(int id) {
        Schema writer = registry.schemaById(id);
        if (config.specificAvroReader()) {
            Class<?> type = new SpecificData().getClass(writer);
            if (type == null || type == Object.class) {
                throw new SerializationException("No generated class on the classpath for " + writer.getFullName());
            }
            SpecificData data = SpecificModels.withAllConversions(type.getClassLoader());
            Schema reader = data.getSchema(type);
            return new SpecificDatumReader<>(writer, reader, data);
        }
        return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
}
