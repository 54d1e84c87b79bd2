package org.yanhu.opendata.projects.rest.param;

import jakarta.ws.rs.WebApplicationException;
import org.yanhu.opendata.api.problem.ProblemException;

/**
 * A query value that cannot be converted to its parameter's type. It is a WebApplicationException so
 * that JAX-RS passes it on as it is, where it would turn any other conversion failure into a 404.
 */
public class InvalidQueryValue extends WebApplicationException {

    private final transient ProblemException problem;

    InvalidQueryValue(ProblemException problem) {
        super(problem.getMessage(), 400);
        this.problem = problem;
    }

    public ProblemException problem() {
        return problem;
    }
}
