package dev.shortlist.streams;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StreamsProcessorApplication {

    public static void main(String[] args) {
        SpringApplication.run(StreamsProcessorApplication.class, args);
    }
}
