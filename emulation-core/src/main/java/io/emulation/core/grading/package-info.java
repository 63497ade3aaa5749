/** Grading (đánh giá xếp loại): grade levels, ordered bands with extra requirements, veto caps. */
package io.emulation.core.grading;
