package org.anjian.grading.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an evaluation agency enters for an evaluator of its registry. */
public record EvaluatorInput(
    @NotBlank @Size(max = 64) String name,
    @NotBlank @Size(max = 32) String qualification,
    @NotBlank @Size(max = 64) String certificateNo,
    @NotBlank @Size(max = 256) String specialities,
    @Size(max = 32) String phone,
    boolean active)
    implements Serializable {}
