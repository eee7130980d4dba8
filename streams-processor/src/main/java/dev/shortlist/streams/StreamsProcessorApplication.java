package dev.shortlist.streams;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StreamsProcessorApplication {

    /** Avro refuses to instantiate generated classes of packages it was not told to trust. */
    static final String AVRO_TRUSTED_PACKAGES = "org.apache.avro.SERIALIZABLE_PACKAGES";

    public static void main(String[] args) {
        if (System.getProperty(AVRO_TRUSTED_PACKAGES) == null) {
            System.setProperty(AVRO_TRUSTED_PACKAGES, "dev.shortlist");
        }
        SpringApplication.run(StreamsProcessorApplication.class, args);
    }
}
