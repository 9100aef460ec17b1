package org.anjian.grading.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an organising body enters for an expert of its registry. */
public record ExpertInput(
    @NotBlank @Size(max = 64) String name,
    @NotBlank @Size(max = 128) String speciality,
    @Size(max = 64) String title,
    @Size(max = 128) String employer,
    @Size(max = 32) String phone,
    boolean active)
    implements Serializable {}
