package org.yanhu.opendata.api.quantity;

/** Which side of the stated value an approximate figure lies on. */
public enum Approximation {
    /** 近: nearly, so just under the value (近3万 is a little less than 30000). */
    JUST_UNDER,
    /** 余, 多: the value and a little more (一万余, 30多). */
    JUST_OVER,
    /** 约, 左右: about, on either side. */
    EITHER_SIDE
}
