package civil.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * The least a durable settlement can cost on this stack: a bare Javalin server whose
 * {@code POST /api/v1/medical-aid/settlements} does what every settlement's HTTP side does and
 * nothing of its rules or its database. It reads the body into a JSON tree, hands it to one writer
 * thread that appends a record of a stored settlement's size (the body and the answer, about 2.5 KB)
 * for every request waiting to one file, in one write per batch (with {@code --fsync}, also forced
 * to the disk), wakes each caller, and each answers with a JSON document of the real answer's shape
 * and size (2.3 KB). Beside it, {@code GET /health} answers as cheaply as the real server's does.
 *
 * <p>Run with {@code wrk} against the same {@code settle.lua} as the real server
 * ({@code wrk/floor.sh}): the ratio of its two figures is the most that any settlement desk behind
 * this HTTP stack, this hand-over and this machine could reach, with no rule, no index and no
 * transaction at all.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar civil.benchmarks.WriteFloor [port] [file] [--fsync]</pre>
 */
public final class WriteFloor {
  /**
   * A real answer of the server (a SECONDARY in-patient bill of a subsistence resident, less its
   * bill and resident), as the resource {@code floor-answer.json} beside this class.
   */
  private static final String ANSWER_RESOURCE = "floor-answer.json";

  private WriteFloor() {}

  /** One request's record, handed to the writer. */
  private static final class Append {
    final byte[] record;
    final Thread caller = Thread.currentThread();
    volatile boolean written;
    volatile IOException failed;

    Append(byte[] record) {
      this.record = record;
    }
  }

  /** One thread that appends every record waiting in one write, and then wakes their callers. */
  private static final class Writer {
    private final LinkedBlockingQueue<Append> queue = new LinkedBlockingQueue<>();
    private final FileChannel file;
    private final boolean fsync;
    private long batches;
    private long records;

    Writer(FileChannel file, boolean fsync) {
      this.file = file;
      this.fsync = fsync;
      Thread thread = new Thread(this::loop, "floor-writer");
      thread.setDaemon(true);
      thread.start();
    }

    void append(Append a) throws IOException {
      queue.add(a);
      while (!a.written) {
        LockSupport.parkNanos(this, 50_000_000L);
      }
      if (a.failed != null) {
        throw a.failed;
      }
    }

    private void loop() {
      List<Append> batch = new ArrayList<>();
      while (true) {
        try {
          batch.add(queue.take());
        } catch (InterruptedException e) {
          return;
        }
        queue.drainTo(batch, 63);
        int size = 0;
        for (Append a : batch) {
          size += 4 + a.record.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(size);
        for (Append a : batch) {
          buffer.putInt(a.record.length).put(a.record);
        }
        buffer.flip();
        IOException failed = null;
        try {
          while (buffer.hasRemaining()) {
            file.write(buffer);
          }
          if (fsync) {
            file.force(false);
          }
        } catch (IOException e) {
          failed = e;
        }
        batches++;
        records += batch.size();
        for (Append a : batch) {
          a.failed = failed;
          a.written = true;
          LockSupport.unpark(a.caller);
        }
        batch.clear();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7098;
    Path path = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("civil-floor", ".log");
    boolean fsync = List.of(args).contains("--fsync");
    ObjectMapper json = new ObjectMapper();
    JsonNode template;
    try (var in = WriteFloor.class.getResourceAsStream(ANSWER_RESOURCE)) {
      template = json.readTree(in);
    }
    FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
    Writer writer = new Writer(file, fsync);
    byte[] health = "{\"status\":\"UP\",\"database\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Javalin app = Javalin.create(cfg -> {
      cfg.jetty.host = "127.0.0.1";
      cfg.jetty.port = port;
      cfg.startup.showJavalinBanner = false;
      cfg.routes.get("/health", ctx -> ctx.contentType("application/json").result(health));
      cfg.routes.post("/api/v1/medical-aid/settlements", ctx -> {
        JsonNode body = json.readTree(ctx.bodyAsBytes());
        if (!body.hasNonNull("billId") || !body.hasNonNull("residentId") || !body.hasNonNull("totalFen")) {
          ctx.status(400);
          return;
        }
        ObjectNode answer = template.deepCopy();
        answer.put("billId", body.get("billId").asText());
        answer.put("residentId", body.get("residentId").asText());
        answer.put("totalFen", body.get("totalFen").asLong());
        answer.put("inScopeFen", body.path("inScopeFen").asLong());
        byte[] answerBytes = json.writeValueAsBytes(answer);
        byte[] request = ctx.bodyAsBytes();
        byte[] record = new byte[request.length + answerBytes.length];
        System.arraycopy(request, 0, record, 0, request.length);
        System.arraycopy(answerBytes, 0, record, request.length, answerBytes.length);
        writer.append(new Append(record));
        ctx.status(201).contentType("application/json").result(answerBytes);
      });
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      System.err.printf("floor: %d records in %d writes%s to %s%n", writer.records, writer.batches,
          fsync ? " (each forced to disk)" : "", path);
    }));
    app.start();
    System.err.printf("floor listening on http://127.0.0.1:%d, appending to %s%s%n", port, path,
        fsync ? " with fsync" : "");
  }
}
