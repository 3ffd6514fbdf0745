package se.nattvandring.shared;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/** Stores {@link Money} as a plain {@code numeric(12,2)} column, so aggregates can hold money, not numbers. */
@Configuration(proxyBeanMethods = false)
class MoneyConverters {

	@WritingConverter
	enum MoneyToDecimal implements Converter<Money, BigDecimal> {
		INSTANCE;

		@Override
		public BigDecimal convert(Money source) {
			return source.amount();
		}
	}

	@ReadingConverter
	enum DecimalToMoney implements Converter<BigDecimal, Money> {
		INSTANCE;

		@Override
		public Money convert(BigDecimal source) {
			return new Money(source);
		}
	}

	/** Money's converters, and those of every module's own column types. */
	@Bean
	JdbcCustomConversions jdbcCustomConversions(List<ColumnConverters> modules) {
		List<Object> converters = new java.util.ArrayList<>(List.of(MoneyToDecimal.INSTANCE, DecimalToMoney.INSTANCE));
		modules.forEach(module -> converters.addAll(module.converters()));
		return new JdbcCustomConversions(converters);
	}
}
