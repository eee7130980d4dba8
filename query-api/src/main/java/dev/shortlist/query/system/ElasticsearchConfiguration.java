package dev.shortlist.query.system;

import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Java client Boot manages (9.x) speaks to an Elasticsearch 8.19 server only when its requests
 * declare the 8.x compatible media type; Boot's transport picks these options up. Health is Boot's
 * cluster-health indicator ({@code GET /} answers 405 on the minimal distribution, so no
 * {@code info()}/{@code ping()}).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

    static final String COMPATIBLE_WITH_8 = "application/vnd.elasticsearch+json; compatible-with=8";

    @Bean
    Rest5ClientOptions rest5ClientOptions() {
        return new Rest5ClientOptions(
                RequestOptions.DEFAULT.toBuilder()
                        .addHeader("Accept", COMPATIBLE_WITH_8)
                        .addHeader("Content-Type", COMPATIBLE_WITH_8)
                        .build(),
                false);
    }
}
