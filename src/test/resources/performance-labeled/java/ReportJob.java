package shop.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

public class ReportJob {

    private final Connection db;

    public ReportJob(Connection db) {
        this.db = db;
    }

    public void archive(List<Long> ids) throws SQLException {
        for (Long id : ids) {
            try (PreparedStatement ps = db.prepareStatement("update report set archived = true where id = ?")) { // expect: java.perf.query-in-loop
                ps.setLong(1, id);
                ps.executeUpdate(); // expect: java.perf.query-in-loop
            }
        }
    }

    public void archiveBatched(List<Long> ids) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("update report set archived = true where id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public String[] split(List<String> lines) {
        String[] out = new String[lines.size()];
        int i = 0;
        for (String line : lines) {
            Pattern p = Pattern.compile("\\s*,\\s*"); // expect: java.perf.regex-compile-in-loop
            out[i++] = p.split(line)[0];
        }
        return out;
    }

    public String clean(String text) {
        return text.replaceAll("\\s+", " ");
    }

    public CompletionStage<Integer> count() throws Exception {
        Thread.sleep(50); // expect: java.perf.blocking-in-reactive
        ResultSet rs = db.createStatement().executeQuery("select count(*) from report");
        rs.next();
        return java.util.concurrent.CompletableFuture.completedFuture(rs.getInt(1));
    }

    public void retry(Runnable task) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                task.run();
                return;
            } catch (RuntimeException e) {
                Thread.sleep(100L * attempt);
            }
        }
    }

    public void names(List<String> names, List<String> out) {
        for (String n : names) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
    }
}
