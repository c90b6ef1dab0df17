package civil.core.policy;

import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.period.HalfYear;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;

/**
 * How the library's value types appear in JSON: {@link Money} as an integer number of fen,
 * {@link Ratio} as a percentage string ({@code "65%"}), identifiers and half years as their
 * strings. A {@link ResidentId} is written in full; mask it before it leaves a trusted boundary.
 * A value that fails its type's checks is reported with the type's own message.
 */
public final class CivilJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public CivilJsonModule() {
    super("civil");
    addSerializer(Money.class, new JsonSerializer<>() {
      @Override
      public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.fen());
      }
    });
    addDeserializer(Money.class, new JsonDeserializer<>() {
      @Override
      public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return (Money) ctxt.handleUnexpectedToken(Money.class, p.currentToken(), p,
              "an amount is a whole number of fen within the range of a 64-bit integer");
        }
        return Money.ofFen(p.getLongValue());
      }
    });
    addString(Ratio.class, Ratio::parse, Ratio::toString);
    addString(AreaCode.class, AreaCode::parse, AreaCode::value);
    addString(CreditCode.class, CreditCode::parse, CreditCode::value);
    addString(ResidentId.class, ResidentId::parse, ResidentId::value);
    addString(HalfYear.class, HalfYear::parse, HalfYear::toString);
  }

  private <T> void addString(Class<T> type, Function<String, T> parse, Function<T, String> write) {
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(write.apply(value));
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          @SuppressWarnings("unchecked")
          T handled = (T) ctxt.handleUnexpectedToken(type, p);
          return handled;
        }
        try {
          return parse.apply(p.getText());
        } catch (InvalidInputException e) {
          throw ctxt.weirdStringException(p.getText(), type, e.problems().get(0).message());
        }
      }
    });
  }
}
