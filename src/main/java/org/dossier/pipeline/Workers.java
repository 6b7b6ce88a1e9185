package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs jobs on a fixed pool of worker threads and returns their results in job order. */
final class Workers {

  private Workers() {}

  static <T> List<T> all(List<Callable<T>> jobs, int threads) throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<T> out = new ArrayList<>();
      for (Future<T> f : workers.invokeAll(jobs)) out.add(f.get());
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } finally {
      workers.shutdownNow();
    }
  }
}
