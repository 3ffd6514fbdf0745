package se.nattvandring.agreement;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.stereotype.Component;

import se.nattvandring.shared.ColumnConverters;

/** A {@link RateTable} is kept in one text column, in the form {@link RateTable#asText()} writes. */
@Component
class RateTableConverters implements ColumnConverters {

	@WritingConverter
	enum Write implements Converter<RateTable, String> {
		INSTANCE;

		@Override
		public String convert(RateTable source) {
			return source.asText();
		}
	}

	@ReadingConverter
	enum Read implements Converter<String, RateTable> {
		INSTANCE;

		@Override
		public RateTable convert(String source) {
			return RateTable.parse(source);
		}
	}

	@Override
	public List<Object> converters() {
		return List.of(Write.INSTANCE, Read.INSTANCE);
	}
}
