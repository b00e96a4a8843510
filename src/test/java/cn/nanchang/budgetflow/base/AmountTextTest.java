package cn.nanchang.budgetflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Issue 19 §2: one reading of a typed amount for the forms, the API and the imports. */
class AmountTextTest {

    private static final Money MAX = Money.yuan("1000000000.00");

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', value = {
        "12000.50|12000.50",
        "12,000.50|12000.50",
        "1,234,567.8|1234567.8",
        "  42 |42",
        "０|0",
        "１２０００．５０|12000.50",
        "１２，０００.５０|12000.50",
        "１２，０００．５０|12000.50",
        "１２０００。５|12000.5",
        "　３５００　|3500",
        "-3500.50|-3500.50",
        "－3500.50|-3500.50",
        "−3500.50|-3500.50",
        "＋８|8",
        ".5|0.5",
        "0.001|0.001",
        "12.|12",
    })
    void a_typed_number_is_read_as_the_number_it_shows(String typed, String expected) {
        assertThat(AmountText.parse(typed)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} is not a number")
    @ValueSource(strings = {"", " ", "abc", "12a", "1e5", "1E5", "12.5.0", "1,2", "12,34.5", "1,2345", ",100", "100,",
        "--5", "5-", "¥100", "100元", "Infinity", "NaN", "0x10", "١٢٣", "1 000", "12,000。50,1", ".", "-"})
    void anything_else_is_not_a_number_rather_than_a_guess(String typed) {
        assertThat(AmountText.parse(typed)).isNull();
    }

    @Test
    void nothing_is_not_a_number() {
        assertThat(AmountText.parse(null)).isNull();
        assertThat(AmountText.normalise(null)).isNull();
    }

    @Test
    void normalising_turns_full_width_characters_into_ascii_and_leaves_the_rest_as_typed() {
        assertThat(AmountText.normalise("　－１２，０００．５０ ")).isEqualTo("-12,000.50");
        assertThat(AmountText.normalise("12a")).isEqualTo("12a");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "-3500.50|input.amount.positive",
        "－3500.50|input.amount.positive",
        "0|input.amount.positive",
        "12.345|input.amount.scale",
        "１２．３４５|input.amount.scale",
        "12a|input.amount.format",
        "1e5|input.amount.format",
        "2000000000|input.amount.max",
    })
    void an_amount_check_names_exactly_what_is_wrong(String typed, String messageKey) {
        List<FieldViolation> problems = new ArrayList<>();

        assertThat(InputChecks.amount(typed, "amount", MAX, problems)).isNull();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("amount");
            assertThat(p.message()).isEqualTo(Messages.text(messageKey, MAX.formatYuan()));
        });
    }

    @Test
    void an_amount_check_says_the_amount_is_missing_when_nothing_was_typed() {
        List<FieldViolation> problems = new ArrayList<>();

        InputChecks.amount("  ", "amount", MAX, problems);

        assertThat(problems).extracting(FieldViolation::message).containsExactly(Messages.text("input.amount.required"));
    }

    @Test
    void a_full_width_amount_passes_the_check_as_the_same_money() {
        List<FieldViolation> problems = new ArrayList<>();

        assertThat(InputChecks.amount("１２，０００．５０", "amount", MAX, problems)).isEqualTo(Money.yuan("12000.50"));
        assertThat(problems).isEmpty();
    }

    @Test
    void an_amount_that_may_be_zero_refuses_a_full_width_negative_as_negative() {
        List<FieldViolation> problems = new ArrayList<>();

        assertThat(InputChecks.amountOrZero("０", "amount", MAX, problems)).isEqualTo(Money.ZERO);
        assertThat(InputChecks.amountOrZero("－５", "amount", MAX, problems)).isNull();

        assertThat(problems).extracting(FieldViolation::message).containsExactly(Messages.text("input.amount.notNegative"));
    }
}
