package dev.shortlist.stack.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackEndpoints;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@LocalStackTest(Component.KAFKA)
class LocalStackExtensionIT {

    @Test
    void resolvesTheSharedStackAndItsEndpoints(LocalStack stack, StackEndpoints endpoints) {
        assertThat(endpoints).isEqualTo(stack.endpoints());
        assertThat(stack.status().get(Component.KAFKA).healthy()).isTrue();
    }

    @Nested
    class NestedClass {

        @Test
        void getTheSameStackAsTheClassAroundThem(LocalStack stack) {
            assertThat(stack.status().get(Component.KAFKA).healthy()).isTrue();
        }
    }
}
