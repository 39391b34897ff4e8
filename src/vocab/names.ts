/**
 * Names as reports write them: Chinese surnames in pinyin ("Zhang Wei", "a man
 * surnamed Du") and in characters ("李某", "黃男").
 */

// The common Chinese surnames in pinyin: a general vocabulary, not a list of case names.
export const SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao ' +
    'Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia ' +
    'Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Dai Mo Kong Xiang Chang ' +
    'Kang Yi Qi Niu Hong Chai Mei Geng Ji Lai Lan Bao Bi Ou Ouyang Sima Zhuge Situ Shangguan Zhan Qu Rao Ning Yue Zhai Shu Jiao ' +
    'Che Gan Ge Hua Huo Kou Lou Miao Nie Pang Rong Sang Tong Wen Wo Xin Yun Zang Zuo Ai An Ban Bu Cen Chu Diao Fei Gui Hang Hei'
  ).split(/\s+/),
);

// Common Chinese surnames as written in characters, for names Chinese reports give as "李某" (surname + 某, "a certain").
// Left out: characters that before 某 are more often a word of their own (于某日, 担任某职, 对方某些).
export const ZH_SURNAMES =
  '卢许王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁姚沈钟崔谭陆范廖石金贾夏付傅邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵钱严覃武戴莫孔常汤康易乔赖施洪辛柯庄倪温牛葛欧阎鲁韦昌';

// What follows 某 when it means "a certain" thing, not a person: 某日, 某地, 某单位, 某高校...
export const ZH_NOT_PERSON_AFTER = '日地处单位公司部门国高校市省县区军港机关企业种些个方项类次段年月家所型款职境网';
