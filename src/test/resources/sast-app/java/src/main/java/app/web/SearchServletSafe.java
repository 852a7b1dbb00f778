package app.web;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

import app.data.UserDaoSafe;

public class SearchServletSafe extends HttpServlet {
    private static final Set<String> REPORTS = Set.of("daily", "weekly");
    private final UserDaoSafe dao = new UserDaoSafe();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        dao.findByName(name);
        response.getWriter().println("<h1>Results for " + Encode.forHtml(name) + "</h1>");
        String report = request.getParameter("report");
        if (REPORTS.contains(report)) {
            Runtime.getRuntime().exec(new String[] { "/usr/bin/make-report", report });
        }
    }
}
