package app.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import app.data.UserDao;

public class SearchServlet extends HttpServlet {
    private final UserDao dao = new UserDao();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        dao.findByName(name);
        response.getWriter().println("<h1>Results for " + name + "</h1>");
        String report = request.getParameter("report");
        Runtime.getRuntime().exec("/usr/bin/make-report " + report);
    }
}
