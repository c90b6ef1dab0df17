package civil.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A k-way merge of sorted run files written by {@link BillChunk#writeRun}: the bills come back in
 * {@link BatchBill#ORDER}, a record at a time in {@link #current}, with no object per bill.
 * Equal records keep the order of their runs (the file's order).
 */
final class RunMerge implements AutoCloseable {
  /** The bytes of a record before its bill id and hospital code. */
  static final int FIXED = 8 + 1 + 4 + 8 + 8 + 5;

  /** One bill of a run, in the fields of its record; reused from record to record. */
  static final class Record {
    long key;
    byte check;
    int day;
    long total;
    long inScope;
    int level;
    int care;
    int category;
    final byte[] text = new byte[160]; // the bill id, then the hospital code
    int billLength;
    int hospitalLength;

    void copyFrom(Record o) {
      key = o.key;
      check = o.check;
      day = o.day;
      total = o.total;
      inScope = o.inScope;
      level = o.level;
      care = o.care;
      category = o.category;
      billLength = o.billLength;
      hospitalLength = o.hospitalLength;
      System.arraycopy(o.text, 0, text, 0, billLength + hospitalLength);
    }
  }

  private final Reader[] readers;
  private final int[] heap;
  private int heapSize;
  /** The current record, after {@link #next}. */
  final Record current = new Record();

  RunMerge(List<Path> runs) throws IOException {
    readers = new Reader[runs.size()];
    heap = new int[runs.size()];
    for (int r = 0; r < readers.length; r++) {
      readers[r] = new Reader(Files.newInputStream(runs.get(r)));
      if (readers[r].next()) {
        heap[heapSize++] = r;
        siftUp(heapSize - 1);
      }
    }
  }

  /** Moves to the next record in order; false at the end. */
  boolean next() throws IOException {
    if (heapSize == 0) {
      return false;
    }
    Reader r = readers[heap[0]];
    current.copyFrom(r.rec);
    if (r.next()) {
      siftDown(0);
    } else {
      heap[0] = heap[--heapSize];
      if (heapSize > 0) {
        siftDown(0);
      }
    }
    return true;
  }

  private boolean less(int a, int b) {
    Record x = readers[a].rec;
    Record y = readers[b].rec;
    if (x.key != y.key) {
      return x.key < y.key;
    }
    if (x.day != y.day) {
      return x.day < y.day;
    }
    int c = Arrays.compareUnsigned(x.text, 0, x.billLength, y.text, 0, y.billLength);
    if (c == 0) {
      c = Arrays.compareUnsigned(x.text, x.billLength, x.billLength + x.hospitalLength, y.text, y.billLength,
          y.billLength + y.hospitalLength);
    }
    return c != 0 ? c < 0 : a < b;
  }

  private void siftUp(int i) {
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (!less(heap[i], heap[p])) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[p];
      heap[p] = t;
      i = p;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= heapSize) {
        return;
      }
      int c = l + 1 < heapSize && less(heap[l + 1], heap[l]) ? l + 1 : l;
      if (!less(heap[c], heap[i])) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[c];
      heap[c] = t;
      i = c;
    }
  }

  @Override
  public void close() throws IOException {
    for (Reader r : readers) {
      r.in.close();
    }
  }

  /** One run, read through a buffer. */
  private static final class Reader {
    final InputStream in;
    final byte[] buf = new byte[1 << 16];
    int at;
    int end;
    final Record rec = new Record();

    Reader(InputStream in) {
      this.in = in;
    }

    private boolean fill(int need) throws IOException {
      if (end - at >= need) {
        return true;
      }
      System.arraycopy(buf, at, buf, 0, end - at);
      end -= at;
      at = 0;
      while (end < need) {
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
          return false;
        }
        end += n;
      }
      return true;
    }

    boolean next() throws IOException {
      if (!fill(FIXED)) {
        return false;
      }
      rec.key = getLong();
      rec.check = buf[at++];
      rec.day = getInt();
      rec.total = getLong();
      rec.inScope = getLong();
      rec.level = buf[at++];
      rec.care = buf[at++];
      rec.category = buf[at++];
      rec.billLength = buf[at++];
      rec.hospitalLength = buf[at++];
      int len = rec.billLength + rec.hospitalLength;
      if (!fill(len)) {
        throw new IOException("a run file ends inside a record");
      }
      System.arraycopy(buf, at, rec.text, 0, len);
      at += len;
      return true;
    }

    private long getLong() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (buf[at++] & 0xff);
      }
      return v;
    }

    private int getInt() {
      int v = 0;
      for (int i = 0; i < 4; i++) {
        v = v << 8 | (buf[at++] & 0xff);
      }
      return v;
    }
  }
}
